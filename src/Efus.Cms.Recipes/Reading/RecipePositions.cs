using System.Text;

namespace Efus.Cms.Recipes.Reading;

/// <summary>
/// Turns byte positions into the 1-based line and character column of messages (accents are two bytes
/// in UTF-8, one character). Only used on errors: it reads the file again from its start.
/// </summary>
internal static class RecipePositions
{
    /// <summary>The line and column of the byte at <paramref name="offset"/>.</summary>
    public static (int Line, int Column) Of(RecipeSource source, long contentStart, long offset)
    {
        using var stream = source.OpenAt(contentStart);
        var line = 0;
        var lineStart = contentStart;
        var position = contentStart;
        var buffer = new byte[64 * 1024];
        while (position < offset)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, offset - position));
            if (read == 0)
            {
                break;
            }

            var chunk = buffer.AsSpan(0, read);
            var newlines = chunk.Count((byte)'\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = position + chunk.LastIndexOf((byte)'\n') + 1;
            }

            position += read;
        }

        return (line + 1, CharacterCount(source, lineStart, (int)(offset - lineStart)) + 1);
    }

    /// <summary>The 1-based character column of a 0-based byte position in a 0-based line.</summary>
    public static int ColumnOf(RecipeSource source, long contentStart, long line, long bytePosition)
    {
        using var stream = source.OpenAt(contentStart);
        var lineStart = contentStart;
        var position = contentStart;
        var buffer = new byte[64 * 1024];
        for (var seen = 0L; seen < line;)
        {
            var read = stream.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                return (int)bytePosition + 1;
            }

            var chunk = buffer.AsSpan(0, read);
            while (seen < line && chunk.IndexOf((byte)'\n') is var newline and >= 0)
            {
                seen++;
                lineStart = position + (read - chunk.Length) + newline + 1;
                chunk = chunk[(newline + 1)..];
            }

            position += read;
        }

        var count = (int)Math.Min(bytePosition, source.Length - lineStart);
        return CharacterCount(source, lineStart, count) + 1;
    }

    private static int CharacterCount(RecipeSource source, long start, int count) =>
        count <= 0 ? 0 : Encoding.UTF8.GetCharCount(source.Read(start, count));
}
