namespace Efus.Cms.Core.Search;

/// <summary>A matching item, its score and excerpts already HTML-encoded with <c>&lt;mark&gt;</c> around the matched words.</summary>
public sealed record SiteSearchHit(string ContentItemId, float Score, IReadOnlyList<string> Highlights);
