namespace Efus.Cms.Core.Storage;

/// <summary>
/// Port: groups many writes of one scope into one database transaction (a recipe, an import).
/// Writes outside a transaction commit one by one. A nested BeginAsync joins the open transaction:
/// only the outermost commit reaches the database, and an inner scope disposed uncommitted dooms it.
/// </summary>
public interface IUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>Commits the open transaction; disposing it without commit rolls everything back.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
