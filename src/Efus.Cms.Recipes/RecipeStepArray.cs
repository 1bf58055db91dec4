using System.Text.Json.Nodes;
using Efus.Cms.Recipes.Reading;
using Efus.Cms.Recipes.Scripting;

namespace Efus.Cms.Recipes;

/// <summary>
/// A step's array read one element at a time (<see cref="RecipeStepContext.StreamArray"/>). When the
/// reader left it in the recipe file (a content step's <c>Data</c>), each element is read and parsed only
/// when reached, so a step of any size runs in bounded memory; <see cref="Count"/> and
/// <see cref="ContentTypes"/> come from the reader's first pass.
/// </summary>
public sealed class RecipeStepArray
{
    private readonly JsonArray? _array;
    private readonly RecipeStepDescriptor? _descriptor;
    private readonly RecipeScriptScope? _scripts;

    internal RecipeStepArray(JsonArray array, string jsonPath)
    {
        _array = array;
        JsonPath = jsonPath;
        Count = array.Count;
        ContentTypes = [.. array.OfType<JsonObject>().Select(json => json["ContentType"]?.ToString()).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    internal RecipeStepArray(RecipeStepDescriptor descriptor, string jsonPath, RecipeScriptScope scripts)
    {
        _descriptor = descriptor;
        _scripts = scripts;
        JsonPath = jsonPath;
        Count = descriptor.Data!.Count;
        ContentTypes = [.. descriptor.Data.ContentTypes.Select(type => scripts.Evaluate(type, jsonPath)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The array's JSON path, e.g. <c>$.steps[4].Data</c>.</summary>
    public string JsonPath { get; }

    public int Count { get; }

    /// <summary>The distinct <c>ContentType</c> values of the object elements.</summary>
    public IReadOnlyList<string> ContentTypes { get; }

    /// <summary>The elements in order, each read when reached.</summary>
    public IEnumerable<RecipeArrayElement> Elements()
    {
        if (_array is not null)
        {
            for (var i = 0; i < _array.Count; i++)
            {
                yield return new RecipeArrayElement(i, JsonPaths.Index(JsonPath, i), _array[i]);
            }

            yield break;
        }

        using var reader = _descriptor!.OpenData();
        for (var i = 0; reader.TryReadNext(out var element); i++)
        {
            var path = JsonPaths.Index(JsonPath, i);
            yield return new RecipeArrayElement(i, path, _scripts!.EvaluateNode(element, path));
        }
    }
}
