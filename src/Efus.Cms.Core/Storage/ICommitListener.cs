namespace Efus.Cms.Core.Storage;

/// <summary>Told after content changes are committed (search indexers catch up on the log then).</summary>
public interface ICommitListener
{
    Task OnCommittedAsync(CancellationToken cancellationToken);
}
