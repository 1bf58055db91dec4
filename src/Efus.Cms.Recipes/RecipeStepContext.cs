using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Management;

namespace Efus.Cms.Recipes;

/// <summary>One step being run: its JSON (scripts evaluated), where it is, and what it reports back.</summary>
public sealed class RecipeStepContext
{
    private readonly RecipeRun _run;
    private readonly RecipeFiles _files;

    internal RecipeStepContext(Recipe recipe, RecipeStepDescriptor descriptor, JsonObject step, RecipeFiles files, RecipeRun run, CancellationToken cancellationToken)
    {
        Recipe = recipe;
        Descriptor = descriptor;
        Step = step;
        _files = files;
        _run = run;
        CancellationToken = cancellationToken;
    }

    public Recipe Recipe { get; }

    public RecipeStepDescriptor Descriptor { get; }

    /// <summary>The step's JSON with its script expressions evaluated; steps may read it freely.</summary>
    public JsonObject Step { get; }

    /// <summary>The step's JSON path, e.g. <c>$.steps[4]</c>.</summary>
    public string JsonPath => Descriptor.JsonPath;

    public CancellationToken CancellationToken { get; }

    public void AddWarning(string message) => _run.Warnings.Add($"step {Descriptor.Number} '{Descriptor.Name}': {message}");

    public void AddImported(ImportSummary summary)
    {
        _run.Created += summary.Created;
        _run.Updated += summary.Updated;
        _run.Unchanged += summary.Unchanged;
    }

    /// <summary>Counts imported items, also by <paramref name="contentType"/>.</summary>
    public void AddImported(string contentType, ImportSummary summary)
    {
        AddImported(summary);
        var sum = _run.ByType.GetValueOrDefault(contentType) ?? new ImportSummary(0, 0, 0);
        _run.ByType[contentType] = new ImportSummary(sum.Created + summary.Created, sum.Updated + summary.Updated, sum.Unchanged + summary.Unchanged);
    }

    /// <summary>Records that a type or part definition changed, e.g. ("type", "PracticeSheet").</summary>
    public void AddDefinitionChanged(string kind, string name) => _run.DefinitionsChanged.Add($"{kind} {name}");

    /// <summary>Tells the caller's progress how many of the step's items are done.</summary>
    public void ReportItems(int done, int total) =>
        Progress?.Report(new RecipeProgress(Descriptor.Number, Recipe.Steps.Count, Descriptor.Name, done, total));

    internal IProgress<RecipeProgress>? Progress { get; init; }

    /// <summary>A file next to the recipe (never outside its content root); problems name <paramref name="jsonPath"/>.</summary>
    public Task<byte[]> ReadFileAsync(string relativePath, string jsonPath) =>
        _files.ReadAsync(relativePath, jsonPath, CancellationToken);

    /// <summary>The step property <paramref name="name"/>, matched case-insensitively like Orchard, and its JSON path.</summary>
    public (JsonNode? Value, string Path) Property(string name) => PropertyOf(Step, name, JsonPath);

    /// <summary>A property of <paramref name="json"/> (at <paramref name="path"/>), matched case-insensitively, and its JSON path.</summary>
    public static (JsonNode? Value, string Path) PropertyOf(JsonObject json, string name, string path)
    {
        if (json.TryGetPropertyValue(name, out var exact))
        {
            return (exact, JsonPaths.Property(path, name));
        }

        foreach (var (key, value) in json)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return (value, JsonPaths.Property(path, key));
            }
        }

        return (null, JsonPaths.Property(path, name));
    }

    /// <summary>An array property of the step; null when absent, refused when it is something else.</summary>
    public JsonArray? Array(string name, out string path)
    {
        (var value, path) = Property(name);
        return value switch
        {
            null => null,
            JsonArray array => array,
            _ => throw new RecipeStepException(path, $"'{name}' must be an array, found {value.GetValueKind()}"),
        };
    }

    /// <summary>An array of strings of the step (empty when absent).</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var array = Array(name, out var path);
        if (array is null)
        {
            return [];
        }

        var result = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(array[i] is JsonValue v && v.TryGetValue<string>(out var s)
                ? s
                : throw new RecipeStepException(JsonPaths.Index(path, i), $"expected a string, found {array[i]?.GetValueKind() ?? JsonValueKind.Null}"));
        }

        return result;
    }

    /// <summary>A string property of <paramref name="json"/>; null when absent, refused when it is not a string.</summary>
    public static string? StringOf(JsonObject json, string name, string path)
    {
        var (value, valuePath) = PropertyOf(json, name, path);
        return value switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => throw new RecipeStepException(valuePath, $"'{name}' must be a string, found {value.GetValueKind()}"),
        };
    }

    /// <summary>A boolean property of <paramref name="json"/> (Orchard's old recipes also write "True"); null when absent.</summary>
    public static bool? BoolOf(JsonObject json, string name, string path)
    {
        var (value, valuePath) = PropertyOf(json, name, path);
        return value switch
        {
            null => null,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
            _ => throw new RecipeStepException(valuePath, $"'{name}' must be true or false, found {value.GetValueKind()}"),
        };
    }
}
