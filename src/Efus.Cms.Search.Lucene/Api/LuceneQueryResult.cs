using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>The stored fields of the hits of one page, in hit order, and the total number of hits.</summary>
public sealed record LuceneQueryResult(Indexing.LuceneIndexSettings Index, IReadOnlyList<Document> Documents, int Count);
