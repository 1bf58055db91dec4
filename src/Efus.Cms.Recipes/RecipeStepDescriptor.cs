using System.Text.Json.Nodes;
using Efus.Cms.Recipes.Reading;

namespace Efus.Cms.Recipes;

/// <summary>
/// One entry of a recipe's <c>steps</c> array, as written in the file (scripts not yet evaluated).
/// A content step's <c>Data</c> stays in the file until the step runs, which reads it one item at a time.
/// </summary>
public sealed class RecipeStepDescriptor
{
    private readonly RecipeSource? _source;
    private JsonObject? _json;

    public RecipeStepDescriptor(int index, string name, JsonObject json)
    {
        Index = index;
        Name = name;
        _json = json;
        Shell = json;
    }

    internal RecipeStepDescriptor(int index, string name, JsonObject shell, RecipeSource source, DeferredArray data)
    {
        Index = index;
        Name = name;
        Shell = shell;
        _source = source;
        Data = data;
    }

    public int Index { get; }

    public string Name { get; }

    /// <summary>The step's whole JSON. For a step whose <c>Data</c> the reader left in the file, the first use reads it all into memory.</summary>
    public JsonObject Json => _json ??= Materialized();

    /// <summary>The 1-based position used in messages.</summary>
    public int Number => Index + 1;

    public string JsonPath => $"$.steps[{Index}]";

    /// <summary>The step's JSON without its deferred array (an empty array in its place); the whole JSON when nothing is deferred.</summary>
    internal JsonObject Shell { get; }

    /// <summary>The array left in the file, if any.</summary>
    internal DeferredArray? Data { get; }

    /// <summary>The deferred array, read whole (for steps that do not stream it).</summary>
    internal JsonArray ReadData()
    {
        var data = Data ?? throw new InvalidOperationException($"Step {Number} has no deferred array.");
        return RecipeJson.Parse(_source!.Read(data.Start, checked((int)(data.End - data.Start)))).AsArray();
    }

    /// <summary>The elements of the deferred array, one at a time.</summary>
    internal ArrayElementReader OpenData()
    {
        var data = Data ?? throw new InvalidOperationException($"Step {Number} has no deferred array.");
        return new ArrayElementReader(_source!, data.Start, data.End);
    }

    private JsonObject Materialized()
    {
        var json = Shell.DeepClone().AsObject();
        json[Data!.PropertyName] = ReadData();
        return json;
    }
}
