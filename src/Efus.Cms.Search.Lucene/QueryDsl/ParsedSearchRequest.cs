using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// <summary>A query DSL request ready to run: fetch <c>From + Size</c> hits and skip <c>From</c>.</summary>
/// <param name="Query">The Lucene query.</param>
/// <param name="From">Hits to skip (0 or more).</param>
/// <param name="Size">Hits to return (0 means "count only").</param>
/// <param name="Sort">The sort, or null for relevance.</param>
public sealed record ParsedSearchRequest(Query Query, int From, int Size, Sort? Sort);
