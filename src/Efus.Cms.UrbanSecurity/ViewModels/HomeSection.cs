namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>The latest items of one type on the home page, with a link to the whole listing.</summary>
public sealed record HomeSection(string Type, string Title, string Url, IReadOnlyList<string> Cards);
