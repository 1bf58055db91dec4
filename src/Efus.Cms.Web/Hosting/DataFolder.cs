namespace Efus.Cms.Web.Hosting;

/// <summary>The resolved data folder: the SQLite file, the search indexes and the data-protection keys live here.</summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static DataFolder Resolve(CmsOptions options, string contentRoot)
    {
        var path = System.IO.Path.IsPathRooted(options.DataPath)
            ? options.DataPath
            : System.IO.Path.Combine(contentRoot, options.DataPath);
        Directory.CreateDirectory(path);
        return new DataFolder(path);
    }
}
