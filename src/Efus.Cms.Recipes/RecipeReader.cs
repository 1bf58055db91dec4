using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Recipes.Reading;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Recipes;

/// <summary>
/// Reads Orchard Core recipe files: JSON with <c>//</c> and <c>/* */</c> comments and trailing commas,
/// metadata and step names matched case-insensitively. Every problem is a <see cref="RecipeException"/>
/// naming the file and the place (line and column, or the step and its JSON path).
/// </summary>
/// <remarks>
/// The file is read token by token (<see cref="RecipeScanner"/>): the whole of it is checked before
/// anything runs, but only the metadata and the steps are kept; each content step's <c>Data</c> stays in
/// the file and is read one item at a time when the step runs, so the recipe is never held whole in memory.
/// The file must therefore stay unchanged until the recipe has run.
/// </remarks>
public sealed class RecipeReader(IOptions<RecipeOptions> options)
{
    private readonly long _maxFileSize = options.Value.MaxFileSize;

    /// <summary>Reads a recipe file; the files it references are found next to it.</summary>
    public Task<Recipe> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, Path.GetFileName(path), Path.GetDirectoryName(Path.GetFullPath(path)), cancellationToken);

    /// <summary>
    /// Reads a recipe file under another name (an upload kept in a temporary file); without <paramref name="basePath"/>
    /// it cannot reference files.
    /// </summary>
    public Task<Recipe> ReadFileAsync(string path, string fileName, string? basePath, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new RecipeException(fileName, $"the recipe file '{path}' does not exist");
        }

        CheckSize(fileName, file.Length);
        return Task.FromResult(Read(RecipeSource.FromFile(file.FullName), fileName, basePath));
    }

    public Recipe Parse(string json, string fileName, string? basePath = null) =>
        Parse(Encoding.UTF8.GetBytes(json), fileName, basePath);

    public Recipe Parse(byte[] utf8Json, string fileName, string? basePath = null)
    {
        CheckSize(fileName, utf8Json.Length);
        return Read(RecipeSource.FromBytes(utf8Json), fileName, basePath);
    }

    private static Recipe Read(RecipeSource source, string fileName, string? basePath)
    {
        var layout = RecipeScanner.Scan(source, fileName);
        if (layout.RootToken != JsonTokenType.StartObject)
        {
            throw new RecipeException(fileName, $"a recipe must be a JSON object, found {KindOf(layout.RootToken)}");
        }

        // The recipe without its steps (an empty array in their place), then each step on its own.
        var root = layout.StepsStart is { } stepsStart
            ? RecipeJson.WithEmptyArray(source, layout.ContentStart, source.Length, stepsStart, layout.StepsEnd)
            : source.Read(layout.ContentStart, checked((int)(source.Length - layout.ContentStart)));
        return Read(RecipeJson.Parse(root).AsObject(), fileName, basePath, source, layout);
    }

    private static Recipe Read(JsonObject json, string fileName, string? basePath, RecipeSource source, RecipeLayout layout)
    {
        string? Text(string key) => ReadText(json, key, fileName);

        var stepsNode = Property(json, "steps")
            ?? throw new RecipeException(fileName, "a recipe needs a 'steps' array; this file has none (is it a recipe?)");
        if (stepsNode is not JsonArray)
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
            Steps = ReadSteps(source, layout, fileName),
        };
    }

    private static List<RecipeStepDescriptor> ReadSteps(RecipeSource source, RecipeLayout layout, string fileName)
    {
        var result = new List<RecipeStepDescriptor>(layout.Steps.Count);
        for (var i = 0; i < layout.Steps.Count; i++)
        {
            var location = new RecipeLocation { StepNumber = i + 1, JsonPath = $"$.steps[{i}]" };
            var stepLayout = layout.Steps[i];
            if (stepLayout.Token != JsonTokenType.StartObject)
            {
                throw new RecipeException(fileName, $"a step must be an object with a 'name', found {KindOf(stepLayout.Token)}", location);
            }

            var data = stepLayout.Data;
            var step = RecipeJson.Parse(data is null
                ? source.Read(stepLayout.Start, checked((int)(stepLayout.End - stepLayout.Start)))
                : RecipeJson.WithEmptyArray(source, stepLayout.Start, stepLayout.End, data.Start, data.End)).AsObject();
            var name = Property(step, "name") is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
            if (string.IsNullOrEmpty(name))
            {
                throw new RecipeException(fileName, "the step has no 'name'", location);
            }

            result.Add(data is null ? new RecipeStepDescriptor(i, name, step) : new RecipeStepDescriptor(i, name, step, source, data));
        }

        return result;
    }

    private static string KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => nameof(JsonValueKind.Object),
        JsonTokenType.StartArray => nameof(JsonValueKind.Array),
        JsonTokenType.String => nameof(JsonValueKind.String),
        JsonTokenType.Number => nameof(JsonValueKind.Number),
        JsonTokenType.True => nameof(JsonValueKind.True),
        JsonTokenType.False => nameof(JsonValueKind.False),
        _ => nameof(JsonValueKind.Null),
    };

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

    /// <summary>Refuses a recipe of <paramref name="length"/> bytes over the limit (an upload checks as it copies).</summary>
    public void CheckSize(string fileName, long length)
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
}
