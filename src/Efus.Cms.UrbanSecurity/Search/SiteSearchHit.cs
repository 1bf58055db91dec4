namespace Efus.Cms.UrbanSecurity.Search;

/// <summary>A matching item and, optionally, an excerpt that is already HTML-encoded with <c>&lt;mark&gt;</c> around the matched words.</summary>
public sealed record SiteSearchHit(string ContentItemId, string? ExcerptHtml = null);
