using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Tests.Infrastructure;

/// <summary>
/// A transactional in-memory implementation of the storage ports, standing in for the EF Core store
/// while it is written on its own branch: a transaction snapshots everything and restores it unless committed.
/// </summary>
public sealed class InMemoryStore : IContentStore, IDocumentStore, IMediaStore
{
    private readonly Lock _lock = new();
    private State _state = new();

    public Task<IAsyncDisposable> BeginAsync()
    {
        lock (_lock)
        {
            return Task.FromResult<IAsyncDisposable>(new Transaction(this, _state.Clone()));
        }
    }

    public Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_state.Documents.TryGetValue(name, out var json) ? (JsonObject?)JsonNode.Parse(json) : null);
        }
    }

    public Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _state.Documents[name] = document.ToJsonString();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _state.Documents.Keys.Order(StringComparer.Ordinal)]);
        }
    }

    public Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _state.Media[path] = new MediaFile(path, [.. content], DateTime.UtcNow);
        }

        return Task.CompletedTask;
    }

    Task<MediaFile?> IMediaStore.GetAsync(string path, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_state.Media.GetValueOrDefault(path));
        }
    }

    public Task<IReadOnlyList<MediaFileInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<MediaFileInfo>>([.. _state.Media.Values.Select(m => new MediaFileInfo(m.Path, m.Content.Length, m.ModifiedUtc))]);
        }
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_state.Media.Remove(path));
        }
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default) =>
        Read(s => Select(s.Versions.Where(v => v.ContentItemId == contentItemId), options));

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        Read(s => s.Versions.FirstOrDefault(v => v.ContentItemVersionId == contentItemVersionId)?.Clone());

    public Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ContentItem>>(s => [.. s.Versions.Where(v => v.ContentItemId == contentItemId).Select(v => v.Clone())]);

    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ContentItem>>(s => [.. contentItemIds.Select(id => Select(s.Versions.Where(v => v.ContentItemId == id), options)).OfType<ContentItem>()]);

    public Task<ContentItem?> GetByPathAsync(string path, VersionOptions options, CancellationToken cancellationToken = default) =>
        Read(s => s.Versions.Where(v => AutoroutePath.Of(v) == path).Select(v => v.ContentItemId).Distinct()
            .Select(id => Select(s.Versions.Where(v => v.ContentItemId == id), options)).FirstOrDefault(v => v is not null && AutoroutePath.Of(v) == path));

    public Task<string?> FindPathOwnerAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default) =>
        Read(s => s.Versions.FirstOrDefault(v => (v.Latest || v.Published) && v.ContentItemId != exceptContentItemId && AutoroutePath.Of(v) == path)?.ContentItemId);

    public Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default) => Read(s =>
    {
        var items = s.Versions.Where(v => query.Status switch
        {
            ContentStatus.Published => v.Published,
            ContentStatus.Draft => v.Latest && !v.Published,
            ContentStatus.Latest => v.Latest,
            _ => v.Latest || v.Published,
        }).Where(v => query.ContentTypes is null || query.ContentTypes.Contains(v.ContentType)).ToList();
        return new ContentPage([.. items.Skip(query.Skip).Take(query.Take).Select(v => v.Clone())], items.Count);
    });

    public async IAsyncEnumerable<ContentItem> StreamLatestAndPublishedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var items = await Read<List<ContentItem>>(s => [.. s.Versions.Where(v => v.Latest || v.Published).OrderBy(v => v.CreatedUtc).Select(v => v.Clone())]);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    public Task CommitAsync(ContentChangeSet changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var save in changes.Saves)
            {
                var index = _state.Versions.FindIndex(v => v.ContentItemVersionId == save.ContentItemVersionId);
                if (index >= 0 && _state.Versions[index].Revision != save.Revision)
                {
                    throw new ContentConflictException(save.ContentItemId);
                }

                var stored = save.Clone();
                stored.Revision = save.Revision + 1;
                if (index >= 0)
                {
                    _state.Versions[index] = stored;
                }
                else
                {
                    _state.Versions.Add(stored);
                }
            }

            _state.Versions.RemoveAll(v => changes.Deletes.Any(d => d.ContentItemVersionId == v.ContentItemVersionId));
            _state.Tasks.Add(new IndexingTask(_state.Tasks.Count + 1, changes.ContentItemId, changes.TaskType, DateTime.UtcNow));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IndexingTask>> ReadIndexingTasksAsync(long afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<IndexingTask>>(s => [.. s.Tasks.Where(t => t.Id > afterId).Take(count)]);

    private static ContentItem? Select(IEnumerable<ContentItem> versions, VersionOptions options) => (options switch
    {
        VersionOptions.Published => versions.FirstOrDefault(v => v.Published),
        VersionOptions.Latest => versions.FirstOrDefault(v => v.Latest),
        _ => versions.FirstOrDefault(v => v.Latest && !v.Published),
    })?.Clone();

    private Task<T> Read<T>(Func<State, T> read)
    {
        lock (_lock)
        {
            return Task.FromResult(read(_state));
        }
    }

    private sealed class State
    {
        public Dictionary<string, string> Documents { get; init; } = [];

        public Dictionary<string, MediaFile> Media { get; init; } = [];

        public List<ContentItem> Versions { get; init; } = [];

        public List<IndexingTask> Tasks { get; init; } = [];

        public State Clone() => new()
        {
            Documents = new(Documents),
            Media = new(Media),
            Versions = [.. Versions.Select(v => v.Clone())],
            Tasks = [.. Tasks],
        };
    }

    private sealed class Transaction(InMemoryStore store, State snapshot) : IAsyncDisposable
    {
        public bool Committed { get; set; }

        public ValueTask DisposeAsync()
        {
            if (!Committed)
            {
                lock (store._lock)
                {
                    store._state = snapshot;
                }
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The unit of work of one scope over the shared store.</summary>
    public sealed class UnitOfWork(InMemoryStore store) : IUnitOfWork
    {
        private Transaction? _transaction;

        public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken = default)
        {
            var transaction = (Transaction)await store.BeginAsync();
            _transaction = transaction;
            return transaction;
        }

        public Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (_transaction is null)
            {
                throw new InvalidOperationException("no transaction");
            }

            _transaction.Committed = true;
            return Task.CompletedTask;
        }
    }
}
