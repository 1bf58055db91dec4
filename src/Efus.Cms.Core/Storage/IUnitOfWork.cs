namespace Efus.Cms.Core.Storage;

/// <summary>
/// Port: groups many writes of one scope into one database transaction (a recipe, an import).
/// Writes outside a transaction commit one by one.
/// </summary>
public interface IUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>Commits the open transaction; disposing it without commit rolls everything back.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
