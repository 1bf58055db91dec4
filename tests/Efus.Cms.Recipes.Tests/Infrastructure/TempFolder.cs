namespace Efus.Cms.Recipes.Tests.Infrastructure;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("efus-recipes-").FullName;

    public string File(string relativePath, string? text = null)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (text is not null)
        {
            System.IO.File.WriteAllText(full, text);
        }

        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the OS temp cleaner gets it.
        }
    }
}
