using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace Efus.Cms.UrbanSecurity.Assets;

/// <summary>
/// The theme's CSS and images, compiled into the assembly and served from <c>/assets/</c>. Each URL
/// carries a hash of the file (<c>?v=…</c>), so browsers may keep it for a year.
/// </summary>
public sealed class ThemeAssets
{
    private const string Prefix = "Efus.Cms.UrbanSecurity.wwwroot.";
    private static readonly FileExtensionContentTypeProvider _contentTypes = new();

    private readonly FrozenDictionary<string, ThemeAsset> _assets;

    public ThemeAssets()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        _assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
    }

    public ThemeAsset? Find(string name) => _assets.GetValueOrDefault(name);

    /// <summary>The fingerprinted URL of an asset (<c>/assets/site.css?v=3f2a…</c>).</summary>
    public string Url(string name) =>
        _assets.TryGetValue(name, out var asset) ? $"/assets/{name}?v={asset.Version}" : throw new ArgumentException($"No theme asset '{name}'.", nameof(name));

    private static ThemeAsset Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var name = resourceName[Prefix.Length..];
        var version = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        var contentType = _contentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        return new ThemeAsset(name, content, version, contentType);
    }
}
