namespace Efus.Cms.Admin.Editors;

/// <summary>A message about an input, in French with its arguments apart, so the admin can show it in the editor's language.</summary>
public sealed record EditorMessage(string Text, params string[] Args);
