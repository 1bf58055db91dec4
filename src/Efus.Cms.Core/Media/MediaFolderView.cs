using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Media;

/// <summary>One folder of the library: its subfolders and its files (or, for a search, the files found anywhere).</summary>
public sealed record MediaFolderView(string Folder, IReadOnlyList<string> Subfolders, IReadOnlyList<MediaFileInfo> Files);
