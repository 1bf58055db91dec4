using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Efus.Cms.Theming.Rendering;

/// <summary>
/// Remembers what another provider answered for each path until <see cref="Forget"/>. Fluid asks its file
/// provider for every <c>{% render %}</c> of every page, and the theme folder's answer cost a file-system
/// <c>stat</c> (twice) and the modules' a manifest lookup each time; the theme folder is watched instead.
/// </summary>
public sealed class RememberedFileProvider(IFileProvider inner) : IFileProvider
{
    private readonly ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _files.GetOrAdd(subpath, inner.GetFileInfo);

    public IDirectoryContents GetDirectoryContents(string subpath) => inner.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => inner.Watch(filter);

    /// <summary>Asks the inner provider again from now on (a file of the theme folder changed).</summary>
    public void Forget() => _files.Clear();
}
