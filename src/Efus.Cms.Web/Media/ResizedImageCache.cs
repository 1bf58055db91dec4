using System.Security.Cryptography;
using System.Text;
using Efus.Cms.Web.Hosting;

namespace Efus.Cms.Web.Media;

/// <summary>
/// Resized images on disk under <c>{data folder}/media-cache</c>, named by a hash of the media path and
/// its modification time plus the width: a replaced file gets new entries, and no name from a request
/// ever reaches the file system.
/// </summary>
public sealed class ResizedImageCache(DataFolder dataFolder)
{
    public string Folder { get; } = dataFolder.Combine("media-cache");

    public string PathFor(string mediaPath, DateTime modifiedUtc, int width) =>
        Path.Combine(Folder, $"{Key(mediaPath, modifiedUtc)}-w{width}{Path.GetExtension(mediaPath).ToLowerInvariant()}");

    public static string Key(string mediaPath, DateTime modifiedUtc) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{mediaPath}\n{modifiedUtc.Ticks}")))[..32];

    public async Task<byte[]?> ReadAsync(string file, CancellationToken cancellationToken) =>
        File.Exists(file) ? await File.ReadAllBytesAsync(file, cancellationToken) : null;

    /// <summary>Written to a temporary name and moved, so that a concurrent reader never sees half a file.</summary>
    public async Task WriteAsync(string file, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }
}
