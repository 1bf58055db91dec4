using System.Text.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Recipes.Reading;

/// <summary>Parses recipe JSON as Orchard writes it: comments, trailing commas, no duplicate properties.</summary>
internal static class RecipeJson
{
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        MaxDepth = 256,
    };

    public static JsonNode Parse(ReadOnlySpan<byte> utf8Json) =>
        JsonNode.Parse(utf8Json, documentOptions: DocumentOptions) ?? throw new JsonException("expected a JSON value, found null");

    public static JsonNode? ParseNullable(ReadOnlySpan<byte> utf8Json) => JsonNode.Parse(utf8Json, documentOptions: DocumentOptions);

    /// <summary>The bytes [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/> with [<paramref name="holeStart"/>, <paramref name="holeEnd"/>) replaced by an empty array.</summary>
    public static byte[] WithEmptyArray(RecipeSource source, long start, long end, long holeStart, long holeEnd)
    {
        var before = checked((int)(holeStart - start));
        var after = checked((int)(end - holeEnd));
        var bytes = new byte[before + 2 + after];
        using (var stream = source.OpenAt(start))
        {
            stream.ReadExactly(bytes.AsSpan(0, before));
        }

        bytes[before] = (byte)'[';
        bytes[before + 1] = (byte)']';
        using (var stream = source.OpenAt(holeEnd))
        {
            stream.ReadExactly(bytes.AsSpan(before + 2, after));
        }

        return bytes;
    }
}
