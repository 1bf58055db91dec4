using System.Text.Json;
using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>
/// The state one generation run shares between the item writers: the JSON writer, the single seeded
/// random source every choice is drawn from, and the ids written so far that later items may point to.
/// </summary>
internal sealed class GenerationContext
{
    public GenerationContext(Utf8JsonWriter writer, int seed)
    {
        Writer = writer;
        Random = new Random(seed);
        Ids = new SyntheticIds(Random);
        French = new TextGenerator(FrenchLanguagePack.Create(), Random);
        English = new TextGenerator(EnglishLanguagePack.Create(), Random);
    }

    public Utf8JsonWriter Writer { get; }

    public Random Random { get; }

    public SyntheticIds Ids { get; }

    public TextGenerator French { get; }

    public TextGenerator English { get; }

    public string TaxonomyContentItemId { get; set; } = "";

    public IReadOnlyList<string> ThemeTermIds { get; set; } = [];

    /// <summary>Cooperation projects written so far (originals), for RelatedProjects pickers.</summary>
    public List<string> ProjectIds { get; } = [];

    /// <summary>Publications written so far (originals), for Publications pickers.</summary>
    public List<string> PublicationIds { get; } = [];

    public EuropeanCity DrawCity() => EuropeanCities.All[Random.Next(EuropeanCities.All.Count)];

    /// <summary>A year between <paramref name="first"/> and <paramref name="last"/>, both included.</summary>
    public int DrawYear(int first = 2000, int last = 2026) => Random.Next(first, last + 1);

    /// <summary>One to three distinct terms of the theme taxonomy.</summary>
    public string[] DrawThemes() => DrawDistinct(ThemeTermIds, Random.Next(1, 4));

    /// <summary>Zero to <paramref name="max"/> distinct ids among those already written.</summary>
    public string[] DrawEarlier(IReadOnlyList<string> written, int max) =>
        DrawDistinct(written, Math.Min(Random.Next(0, max + 1), written.Count));

    private string[] DrawDistinct(IReadOnlyList<string> pool, int count)
    {
        var picked = new string[count];
        var filled = 0;
        while (filled < count)
        {
            var candidate = pool[Random.Next(pool.Count)];
            if (Array.IndexOf(picked, candidate, 0, filled) < 0)
            {
                picked[filled++] = candidate;
            }
        }

        return picked;
    }
}
