namespace Efus.Cms.Core.Validation;

/// <summary>An item was refused; every problem names its field.</summary>
public sealed class ContentValidationException(string contentItemId, IReadOnlyList<ValidationError> errors)
    : Exception($"Content item '{contentItemId}' is invalid: {string.Join("; ", errors)}")
{
    public string ContentItemId { get; } = contentItemId;

    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
