namespace Efus.Cms.Admin.Editors;

/// <summary>An item's form: its blocks, and the errors that name no field on it (shown at the top).</summary>
public sealed record ContentFormView(IReadOnlyList<EditorBlock> Blocks, IReadOnlyList<FormError> Errors);

/// <summary>An error of the summary at the top of the form; <see cref="TargetId"/> is the input it is about, if shown.</summary>
public sealed record FormError(string Message, string? TargetId, string? Label);
