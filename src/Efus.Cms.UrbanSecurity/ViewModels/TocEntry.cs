namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>A table-of-contents entry: the section's anchor id and heading.</summary>
public sealed record TocEntry(string Id, string Text);
