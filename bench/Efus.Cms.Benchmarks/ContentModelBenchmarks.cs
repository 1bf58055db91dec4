using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Validation;

namespace Efus.Cms.Benchmarks;

/// <summary>The per-item costs every write and read pays: Orchard JSON in and out, and shape validation.</summary>
[MemoryDiagnoser]
public class ContentModelBenchmarks
{
    private ContentDefinitions _definitions = ContentDefinitions.Empty;
    private ContentItem _item = new();
    private string _json = "";

    [GlobalSetup]
    public void Setup()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "efus.recipe.json")))!;
        var steps = recipe["steps"]!.AsArray().OfType<JsonObject>().ToList();
        _definitions = ContentDefinitionJson.Merge(ContentDefinitions.Empty, steps.Single(s => (string?)s["name"] == "ContentDefinition"), replace: false, "$");
        var conference = steps.Single(s => (string?)s["name"] == "content")["Data"]!.AsArray().OfType<JsonObject>()
            .Single(i => (string?)i["ContentType"] == "ConferenceReport");
        _item = ContentItemJson.FromJson(conference);
        _json = ContentItemJson.Serialize(_item);
    }

    [Benchmark]
    public ContentItem ParseItem() => ContentItemJson.Parse(_json);

    [Benchmark]
    public string SerializeItem() => ContentItemJson.Serialize(_item);

    [Benchmark]
    public int ValidateShape() => ContentItemValidator.ValidateShape(_item, _definitions, "").Count;
}
