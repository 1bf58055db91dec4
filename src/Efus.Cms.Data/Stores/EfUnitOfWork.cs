using Efus.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Data.Stores;

/// <summary>
/// One database transaction per scope that every store of the scope joins (they share the scoped
/// <see cref="CmsDbContext"/>). Commit listeners run after a commit, or after each write made
/// outside a transaction; never after a rollback.
/// </summary>
public sealed class EfUnitOfWork(CmsDbContext db, IEnumerable<ICommitListener> listeners, ILogger<EfUnitOfWork> logger) : IUnitOfWork
{
    private IDbContextTransaction? _transaction;

    public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A unit of work is already open in this scope; commit or dispose it before beginning another.");
        }

        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return new Scope(this, _transaction);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No unit of work is open in this scope; call BeginAsync first.");
        await transaction.CommitAsync(cancellationToken);
        _transaction = null;
        await transaction.DisposeAsync();
        await NotifyAsync(cancellationToken);
    }

    /// <summary>Called by the stores after each successful write.</summary>
    internal Task AfterWriteAsync(CancellationToken cancellationToken) =>
        _transaction is null ? NotifyAsync(cancellationToken) : Task.CompletedTask;

    private async ValueTask EndAsync(IDbContextTransaction transaction)
    {
        if (_transaction != transaction)
        {
            return;
        }

        // Disposing an uncommitted transaction rolls it back; tracked entities would otherwise
        // still carry the changes that were just undone.
        _transaction = null;
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnCommittedAsync(cancellationToken);
            }
            catch (Exception exception)
            {
                // The data is committed: a listener that fails (an indexer) must not make the write look failed.
                logger.LogError(exception, "Commit listener {Listener} failed.", listener.GetType().Name);
            }
        }
    }

    private sealed class Scope(EfUnitOfWork owner, IDbContextTransaction transaction) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => owner.EndAsync(transaction);
    }
}
