namespace Efus.Cms.Core.Validation;

/// <summary>A problem with one field or part of an item; <see cref="Field"/> is <c>Part.Field</c> or the part name.</summary>
public sealed record ValidationError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
