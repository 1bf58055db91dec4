using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Recipes;

/// <summary>
/// Reads Orchard Core recipe files: JSON with <c>//</c> and <c>/* */</c> comments and trailing commas,
/// metadata and step names matched case-insensitively. Every problem is a <see cref="RecipeException"/>
/// naming the file and the place (line and column, or the step and its JSON path).
/// </summary>
public sealed partial class RecipeReader(IOptions<RecipeOptions> options)
{
    private static readonly JsonDocumentOptions _documentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        MaxDepth = 256,
    };

    private readonly long _maxFileSize = options.Value.MaxFileSize;

    public async Task<Recipe> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new RecipeException(fileName, $"the recipe file '{path}' does not exist");
        }

        CheckSize(fileName, file.Length);
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        return Parse(bytes, fileName, file.DirectoryName);
    }

    /// <summary>Reads a recipe from a stream (an upload); without <paramref name="basePath"/> it cannot reference files.</summary>
    public async Task<Recipe> ReadAsync(Stream stream, string fileName, string? basePath = null, CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek)
        {
            CheckSize(fileName, stream.Length - stream.Position);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(fileName, buffer.Length);
        }

        return Parse(buffer.ToArray(), fileName, basePath);
    }

    public Recipe Parse(string json, string fileName, string? basePath = null) =>
        Parse(Encoding.UTF8.GetBytes(json), fileName, basePath);

    public Recipe Parse(byte[] utf8Json, string fileName, string? basePath = null)
    {
        CheckSize(fileName, utf8Json.Length);
        var json = utf8Json.AsSpan();
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: _documentOptions);
        }
        catch (JsonException e)
        {
            throw SyntaxError(fileName, json, e);
        }

        if (root is not JsonObject recipe)
        {
            throw new RecipeException(fileName, $"a recipe must be a JSON object, found {root?.GetValueKind().ToString() ?? "null"}");
        }

        return Read(recipe, fileName, basePath);
    }

    private static Recipe Read(JsonObject json, string fileName, string? basePath)
    {
        string? Text(string key) => ReadText(json, key, fileName);

        var stepsNode = Property(json, "steps")
            ?? throw new RecipeException(fileName, "a recipe needs a 'steps' array; this file has none (is it a recipe?)");
        if (stepsNode is not JsonArray stepsArray)
        {
            throw new RecipeException(fileName, $"'steps' must be an array, found {stepsNode.GetValueKind()}", new() { JsonPath = "$.steps" });
        }

        var variables = Property(json, "variables") switch
        {
            null => [],
            JsonObject o => o,
            var other => throw new RecipeException(fileName, $"'variables' must be an object of name → value, found {other.GetValueKind()}", new() { JsonPath = "$.variables" }),
        };

        return new Recipe
        {
            FileName = fileName,
            BasePath = basePath,
            Name = Text("name"),
            DisplayName = Text("displayName"),
            Description = Text("description"),
            Author = Text("author"),
            Website = Text("website"),
            Version = Text("version"),
            IsSetupRecipe = ReadBool(json, "issetuprecipe", fileName),
            Categories = ReadStrings(json, "categories", fileName),
            Tags = ReadStrings(json, "tags", fileName),
            Variables = variables,
            Steps = ReadSteps(stepsArray, fileName),
        };
    }

    private static List<RecipeStepDescriptor> ReadSteps(JsonArray steps, string fileName)
    {
        var result = new List<RecipeStepDescriptor>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var location = new RecipeLocation { StepNumber = i + 1, JsonPath = $"$.steps[{i}]" };
            if (steps[i] is not JsonObject step)
            {
                throw new RecipeException(fileName, $"a step must be an object with a 'name', found {steps[i]?.GetValueKind().ToString() ?? "null"}", location);
            }

            var name = Property(step, "name") is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
            if (string.IsNullOrEmpty(name))
            {
                throw new RecipeException(fileName, "the step has no 'name'", location);
            }

            result.Add(new RecipeStepDescriptor(i, name, step));
        }

        return result;
    }

    private static JsonNode? Property(JsonObject json, string key)
    {
        foreach (var (name, value) in json)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string? ReadText(JsonObject json, string key, string fileName) => Property(json, key) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        var other => throw new RecipeException(fileName, $"'{key}' must be a string, found {other.GetValueKind()}", new() { JsonPath = $"$.{key}" }),
    };

    private static bool ReadBool(JsonObject json, string key, string fileName) => Property(json, key) switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        var other => throw new RecipeException(fileName, $"'{key}' must be true or false, found {other.GetValueKind()}", new() { JsonPath = $"$.{key}" }),
    };

    private static List<string> ReadStrings(JsonObject json, string key, string fileName)
    {
        var node = Property(json, key);
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array || array.Any(x => x is not JsonValue v || !v.TryGetValue<string>(out _)))
        {
            throw new RecipeException(fileName, $"'{key}' must be an array of strings", new() { JsonPath = $"$.{key}" });
        }

        return [.. array.Select(x => x!.GetValue<string>())];
    }

    private void CheckSize(string fileName, long length)
    {
        if (length > _maxFileSize)
        {
            throw new RecipeException(fileName,
                $"the file is {FormatSize(length)}, over the {FormatSize(_maxFileSize)} limit for recipes (RecipeOptions.MaxFileSize)");
        }
    }

    internal static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        >= 1024 => $"{(bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes} bytes",
    };

    private static RecipeException SyntaxError(string fileName, ReadOnlySpan<byte> json, JsonException e)
    {
        var problem = ReaderPosition().Replace(e.Message, "").Trim();
        int line, column;
        if (e.LineNumber is { } lineNumber)
        {
            (line, column) = ((int)lineNumber + 1, ColumnOf(json, (int)lineNumber, (int)(e.BytePositionInLine ?? 0)));
        }
        else if (FindDuplicateProperty(json) is { } duplicate)
        {
            // A duplicate property is reported without a position; find it.
            (line, column) = PositionOf(json, duplicate.Offset);
            problem = $"the property '{duplicate.Name}' appears twice in the same object";
        }
        else
        {
            return new RecipeException(fileName, $"invalid JSON: {problem}", null, e);
        }

        return new RecipeException(fileName, $"invalid JSON: {problem}", new() { Line = line, Column = column }, e);
    }

    /// <summary>The 1-based character column of a 0-based byte position in a 0-based line (accents are two bytes in UTF-8).</summary>
    private static int ColumnOf(ReadOnlySpan<byte> json, int line, int bytePosition)
    {
        var lineStart = 0;
        for (var i = 0; i < line && lineStart < json.Length; i++)
        {
            var next = json[lineStart..].IndexOf((byte)'\n');
            lineStart = next < 0 ? json.Length : lineStart + next + 1;
        }

        return Encoding.UTF8.GetCharCount(json[lineStart..Math.Min(json.Length, lineStart + bytePosition)]) + 1;
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> json, int offset)
    {
        var before = json[..offset];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line + 1, Encoding.UTF8.GetCharCount(json[lineStart..offset]) + 1);
    }

    private static (int Offset, string Name)? FindDuplicateProperty(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when !objects.Peek().Add(reader.GetString()!):
                        return ((int)reader.TokenStartIndex, reader.GetString()!);
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    [GeneratedRegex(@"\s*(Path: .*)?\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex ReaderPosition();
}
