using System.Text.Json;

namespace Efus.Cms.DataGenerator.Tests;

/// <summary>One 5 000-item recipe (seed 42), generated and parsed once, read by many tests.</summary>
public sealed class GeneratedRecipeFixture : IDisposable
{
    public const int ItemCount = 5000;
    public const int Seed = 42;

    public GeneratedRecipeFixture()
    {
        using var stream = new MemoryStream();
        new SyntheticRecipeGenerator().Write(stream, ItemCount, Seed);
        Document = JsonDocument.Parse(stream.ToArray());
        JsonElement[] data = [.. Document.RootElement.GetProperty("steps")[0].GetProperty("Data").EnumerateArray()];
        StepData = data;
        Taxonomy = data[0];
        ThemeTerms = [.. Taxonomy.GetProperty("TaxonomyPart").GetProperty("Terms").EnumerateArray()];
        Items = data[1..];
        SessionItems = [.. Items
            .Where(item => item.GetProperty("ContentType").GetString() == ContentTypes.ConferenceReport)
            .SelectMany(item => item.GetProperty("Sessions").GetProperty("ContentItems").EnumerateArray())];
    }

    public JsonDocument Document { get; }

    /// <summary>The content step's items in file order: the taxonomy, then the generated items.</summary>
    public IReadOnlyList<JsonElement> StepData { get; }

    public JsonElement Taxonomy { get; }

    public IReadOnlyList<JsonElement> ThemeTerms { get; }

    /// <summary>The generated top-level items, originals and translations, in file order.</summary>
    public IReadOnlyList<JsonElement> Items { get; }

    public IReadOnlyList<JsonElement> SessionItems { get; }

    public IEnumerable<JsonElement> AllContentItems => StepData.Concat(ThemeTerms).Concat(SessionItems);

    public void Dispose() => Document.Dispose();
}
