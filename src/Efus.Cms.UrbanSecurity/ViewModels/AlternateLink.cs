namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>A language version of the page: <c>hreflang</c> (<c>fr</c>, <c>en</c>, <c>x-default</c>) and its absolute URL.</summary>
public sealed record AlternateLink(string Hreflang, string Url);
