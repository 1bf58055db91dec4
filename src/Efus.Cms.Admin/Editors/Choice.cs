namespace Efus.Cms.Admin.Editors;

/// <summary>One option of a picker or a taxonomy; <see cref="Depth"/> indents nested terms.</summary>
public sealed record Choice(string Value, string Text, bool Selected, int Depth = 0, string? Hint = null);
