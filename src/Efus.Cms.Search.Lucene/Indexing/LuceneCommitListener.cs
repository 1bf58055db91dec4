using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>After a commit, the indexes catch up before the request returns, so the change is already searchable.</summary>
public sealed class LuceneCommitListener(LuceneIndexingService indexing) : ICommitListener
{
    // A bulk import leaves the rest of a long backlog to the timer instead of holding its caller.
    private const int MaxBatchesInRequest = 10;

    public Task OnCommittedAsync(CancellationToken cancellationToken) => indexing.CatchUpAsync(MaxBatchesInRequest, cancellationToken);
}
