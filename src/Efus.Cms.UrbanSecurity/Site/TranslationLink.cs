namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>A published item of a localization set, as a detail page links to it (language switch, hreflang).</summary>
public sealed record TranslationLink(string ContentItemId, string? Culture, string? Url);
