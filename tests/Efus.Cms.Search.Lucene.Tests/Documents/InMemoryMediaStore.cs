using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.Tests.Documents;

public sealed class InMemoryMediaStore : IMediaStore
{
    private readonly Dictionary<string, MediaFile> _files = new(StringComparer.Ordinal);

    public Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default)
    {
        _files[path] = new MediaFile(path, content, DateTime.UtcNow);
        return Task.CompletedTask;
    }

    public Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(_files.GetValueOrDefault(path));

    public Task<MediaFileInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.GetValueOrDefault(path) is { } f ? new MediaFileInfo(f.Path, f.Content.Length, f.ModifiedUtc) : null);

    public Task<IReadOnlyList<MediaFileInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MediaFileInfo>>([.. _files.Values.Select(f => new MediaFileInfo(f.Path, f.Content.Length, f.ModifiedUtc))]);

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(_files.Remove(path));
}
