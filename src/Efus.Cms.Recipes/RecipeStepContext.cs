using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Management;
using Efus.Cms.Recipes.Scripting;

namespace Efus.Cms.Recipes;

/// <summary>One step being run: its JSON (scripts evaluated), where it is, and what it reports back.</summary>
public sealed class RecipeStepContext
{
    private readonly RecipeRun _run;
    private readonly RecipeFiles _files;
    private readonly RecipeScriptScope _scripts;
    private readonly JsonObject _step;
    private bool _dataRead;

    internal RecipeStepContext(Recipe recipe, RecipeStepDescriptor descriptor, JsonObject step, RecipeFiles files, RecipeRun run,
        RecipeScriptScope scripts, CancellationToken cancellationToken)
    {
        Recipe = recipe;
        Descriptor = descriptor;
        _step = step;
        _files = files;
        _run = run;
        _scripts = scripts;
        CancellationToken = cancellationToken;
    }

    public Recipe Recipe { get; }

    public RecipeStepDescriptor Descriptor { get; }

    /// <summary>
    /// The step's JSON with its script expressions evaluated; steps may read it freely. A <c>Data</c> array
    /// the reader left in the file is read whole on first use: a step that can take its elements one at a
    /// time uses <see cref="StreamArray"/> instead.
    /// </summary>
    public JsonObject Step
    {
        get
        {
            if (Descriptor.Data is { } data && !_dataRead)
            {
                _dataRead = true;
                var path = JsonPaths.Property(JsonPath, data.PropertyName);
                _step[data.PropertyName] = _scripts.EvaluateNode(Descriptor.ReadData(), path);
            }

            return _step;
        }
    }

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

    /// <summary>
    /// An array property of the step to be read one element at a time; null when absent, refused when it is
    /// something else. A content step's <c>Data</c> is read from the recipe file as the elements are reached.
    /// </summary>
    public RecipeStepArray? StreamArray(string name)
    {
        // Once read whole (through Step), the deferred array is in the step's JSON like any other.
        var (value, path) = PropertyOf(_step, name, JsonPath);
        if (Descriptor.Data is { } data && !_dataRead && value is JsonArray
            && path == JsonPaths.Property(JsonPath, data.PropertyName))
        {
            return new RecipeStepArray(Descriptor, path, _scripts);
        }

        return value switch
        {
            null => null,
            JsonArray array => new RecipeStepArray(array, path),
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
