namespace Efus.Cms.Core.Storage;

/// <summary>Port: media files, kept in the database so that a recipe's media and content commit together.</summary>
public interface IMediaStore
{
    Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default);

    Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MediaFileInfo>> ListAsync(CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
