namespace Efus.Cms.Core.Storage;

/// <summary>Port: media files, kept in the database so that a recipe's media and content commit together.</summary>
public interface IMediaStore
{
    Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default);

    Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The file's size and date without its content (to answer from a cache or with 304).</summary>
    Task<MediaFileInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MediaFileInfo>> ListAsync(CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
