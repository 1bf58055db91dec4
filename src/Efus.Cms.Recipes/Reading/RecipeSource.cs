namespace Efus.Cms.Recipes.Reading;

/// <summary>
/// Where a recipe's bytes are: a file (read again, in parts, while the recipe runs) or bytes in memory
/// (an upload, a string). Offsets are from the start of the bytes, byte order mark included.
/// </summary>
internal abstract class RecipeSource
{
    public abstract long Length { get; }

    /// <summary>A stream over the bytes, positioned at <paramref name="offset"/>.</summary>
    public abstract Stream OpenAt(long offset);

    /// <summary>The bytes from <paramref name="offset"/>, <paramref name="count"/> of them.</summary>
    public byte[] Read(long offset, int count)
    {
        var bytes = new byte[count];
        using var stream = OpenAt(offset);
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static RecipeSource FromFile(string path) => new FileSource(path);

    public static RecipeSource FromBytes(byte[] bytes) => new MemorySource(bytes);

    private sealed class FileSource(string path) : RecipeSource
    {
        private readonly long _length = new FileInfo(path).Length;

        public override long Length => _length;

        public override Stream OpenAt(long offset)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            stream.Seek(offset, SeekOrigin.Begin);
            return stream;
        }
    }

    private sealed class MemorySource(byte[] bytes) : RecipeSource
    {
        public override long Length => bytes.Length;

        public override Stream OpenAt(long offset) => new MemoryStream(bytes, (int)offset, bytes.Length - (int)offset, writable: false);
    }
}
