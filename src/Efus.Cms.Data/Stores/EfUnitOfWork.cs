using Efus.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Data.Stores;

/// <summary>
/// One database transaction per scope that every store of the scope joins (they share the scoped
/// <see cref="CmsDbContext"/>). Commit listeners run after a commit, or after each write made
/// outside a transaction; never after a rollback. Documents saved are signalled (<see cref="DocumentChangeSignals"/>)
/// at the same moment, so that a cache never reloads a document before its new version is visible.
/// </summary>
public sealed class EfUnitOfWork(CmsDbContext db, IEnumerable<ICommitListener> listeners, DocumentChangeSignals documentChanges, ILogger<EfUnitOfWork> logger)
    : IUnitOfWork
{
    private readonly HashSet<string> _savedDocuments = new(StringComparer.Ordinal);
    // Nested units of work (a recipe run by setup) join the outermost transaction: only the
    // outermost commit reaches the database, and an inner one left uncommitted dooms it.
    private readonly Stack<Scope> _scopes = new();
    private IDbContextTransaction? _transaction;
    private bool _doomed;

    public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is null)
        {
            _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            _doomed = false;
        }

        var scope = new Scope(this);
        _scopes.Push(scope);
        return scope;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_scopes.Count == 0 || _transaction is null)
        {
            throw new InvalidOperationException("No unit of work is open in this scope; call BeginAsync first.");
        }

        _scopes.Peek().Committed = true;
        if (_scopes.Count > 1)
        {
            return;
        }

        if (_doomed)
        {
            throw new InvalidOperationException("An inner unit of work was rolled back; the transaction cannot commit.");
        }

        var transaction = _transaction;
        await transaction.CommitAsync(cancellationToken);
        _transaction = null;
        await transaction.DisposeAsync();
        await NotifyAsync(cancellationToken);
    }

    /// <summary>Called by the document store for each save; signalled after the commit.</summary>
    internal void DocumentSaved(string name) => _savedDocuments.Add(name);

    /// <summary>Called by the stores after each successful write.</summary>
    internal Task AfterWriteAsync(CancellationToken cancellationToken) =>
        _transaction is null ? NotifyAsync(cancellationToken) : Task.CompletedTask;

    private async ValueTask EndAsync(Scope scope)
    {
        if (_scopes.Count == 0 || _scopes.Peek() != scope)
        {
            return;
        }

        _scopes.Pop();
        if (_scopes.Count > 0)
        {
            _doomed |= !scope.Committed;
            return;
        }

        if (_transaction is null)
        {
            return;
        }

        // Disposing an uncommitted transaction rolls it back; tracked entities would otherwise
        // still carry the changes that were just undone.
        var transaction = _transaction;
        _transaction = null;
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            db.ChangeTracker.Clear();
            _savedDocuments.Clear();
        }
    }

    private async Task NotifyAsync(CancellationToken cancellationToken)
    {
        foreach (var name in _savedDocuments)
        {
            documentChanges.Signal(name);
        }

        _savedDocuments.Clear();
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

    private sealed class Scope(EfUnitOfWork owner) : IAsyncDisposable
    {
        public bool Committed { get; set; }

        public ValueTask DisposeAsync() => owner.EndAsync(this);
    }
}
