using System.Security.Cryptography;
using System.Text.Json;

namespace Efus.Cms.DataGenerator.Tests;

public sealed class SyntheticRecipeGeneratorTests(GeneratedRecipeFixture recipe) : IClassFixture<GeneratedRecipeFixture>
{
    private const string RecordedHash = "4901c923bf508ab5e39503b7b107e1f43d937bb1bae6e1fd8983d184ebfa1b44";

    private static readonly string[] _headerKeys =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    ];

    [Fact]
    public void Write_SameSeedAndCount_WritesIdenticalBytes()
    {
        var first = Generate(800, seed: 7);
        var second = Generate(800, seed: 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_DifferentSeed_WritesDifferentBytes()
    {
        Assert.NotEqual(Generate(200, seed: 1), Generate(200, seed: 2));
    }

    [Fact]
    public void Write_Seed42With200Items_MatchesTheRecordedHash()
    {
        // Guards determinism across processes (string hashing, unordered collections...). When the
        // generator's output changes on purpose, record the new hash here and say so in the commit.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Generate(200, seed: 42)));

        Assert.Equal(RecordedHash, hash);
    }

    [Fact]
    public void Write_Always_WritesAContentRecipe()
    {
        var root = recipe.Document.RootElement;

        Assert.Equal("Synthetic-5000", root.Str("name"));
        Assert.Equal("Données synthétiques (5000 éléments) — pour les bancs d'essai, pas pour le site", root.Str("displayName"));
        Assert.False(root.GetProperty("issetuprecipe").GetBoolean());
        var step = Assert.Single(root.GetProperty("steps").EnumerateArray());
        Assert.Equal("content", step.Str("name"));
    }

    [Fact]
    public void Write_ZeroItems_WritesOnlyTheTaxonomy()
    {
        using var document = JsonDocument.Parse(Generate(0, seed: 42));

        var item = Assert.Single(document.RootElement.GetProperty("steps")[0].GetProperty("Data").EnumerateArray());
        Assert.Equal(ContentTypes.Taxonomy, item.ContentType());
    }

    [Fact]
    public void Write_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticRecipeGenerator().Write(Stream.Null, -1, 42));
    }

    [Fact]
    public void Write_Always_StartsWithTheThemeTaxonomyAndItsFortyTerms()
    {
        Assert.Equal(ContentTypes.Taxonomy, recipe.Taxonomy.ContentType());
        Assert.Equal("Thèmes synthétiques", recipe.Taxonomy.Str("DisplayText"));
        Assert.Equal(ContentTypes.Theme, recipe.Taxonomy.GetProperty("TaxonomyPart").Str("TermContentType"));
        Assert.Equal(40, recipe.ThemeTerms.Count);
        var taxonomyId = recipe.Taxonomy.Str("ContentItemId");
        Assert.All(recipe.ThemeTerms, term =>
        {
            Assert.Equal(ContentTypes.Theme, term.ContentType());
            Assert.Equal(term.Str("DisplayText"), term.GetProperty("TitlePart").Str("Title"));
            Assert.Equal(taxonomyId, term.GetProperty("TermPart").Str("TaxonomyContentItemId"));
        });
    }

    [Theory]
    [InlineData(ContentTypes.PracticeSheet, 0.40)]
    [InlineData(ContentTypes.CooperationProject, 0.20)]
    [InlineData(ContentTypes.Publication, 0.25)]
    [InlineData(ContentTypes.ConferenceReport, 0.15)]
    public void Write_Always_MixesTypesInTheirProportions(string contentType, double share)
    {
        var originals = recipe.Items.Where(item => item.Culture() == "fr-FR").ToList();

        Assert.Equal(GeneratedRecipeFixture.ItemCount, originals.Count);
        Assert.InRange(originals.Count(item => item.ContentType() == contentType) / (double)originals.Count, share - 0.02, share + 0.02);
        Assert.InRange(recipe.Items.Count(item => item.ContentType() == contentType) / (double)recipe.Items.Count, share - 0.02, share + 0.02);
    }

    [Fact]
    public void Write_Always_GivesEveryItemTheOrchardHeaderInOrchardOrder()
    {
        Assert.All(recipe.AllContentItems, item =>
            Assert.Equal(_headerKeys, item.EnumerateObject().Take(_headerKeys.Length).Select(property => property.Name)));
        Assert.All(recipe.Items, item =>
        {
            Assert.Equal(item.Str("DisplayText"), item.GetProperty("TitlePart").Str("Title"));
            Assert.True(item.GetProperty("Latest").GetBoolean());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("Owner").ValueKind);
            Assert.Equal("admin", item.Str("Author"));
        });
    }

    [Fact]
    public void Write_Always_GivesUniqueTwentySixCharacterIds()
    {
        var ids = recipe.AllContentItems
            .SelectMany(item => new[] { item.Str("ContentItemId"), item.Str("ContentItemVersionId") })
            .ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9a-z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_Always_GivesUniquePaths()
    {
        var paths = recipe.Items.Select(item => item.GetProperty("AutoroutePart").Str("Path")).ToList();

        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.All(paths, path => Assert.Matches("^(en/)?[a-z-]+/[a-z0-9-]+-[0-9]+$", path));
    }

    [Fact]
    public void Write_Always_RoutesOriginalsUnderTheirTypePrefix()
    {
        var prefixes = new Dictionary<string, string>
        {
            [ContentTypes.PracticeSheet] = "fiches-de-pratique/",
            [ContentTypes.CooperationProject] = "projets/",
            [ContentTypes.Publication] = "publications/",
            [ContentTypes.ConferenceReport] = "conferences/",
        };

        Assert.All(recipe.Items.Where(item => item.Culture() == "fr-FR"), item =>
            Assert.StartsWith(prefixes[item.ContentType()], item.GetProperty("AutoroutePart").Str("Path"), StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Always_MakesAboutEightPercentDraftsWithoutPublicationDate()
    {
        var drafts = recipe.Items.Where(item => !item.GetProperty("Published").GetBoolean()).ToList();

        Assert.InRange(drafts.Count / (double)recipe.Items.Count, 0.06, 0.10);
        Assert.All(drafts, draft => Assert.Equal(JsonValueKind.Null, draft.GetProperty("PublishedUtc").ValueKind));
        Assert.All(recipe.Items.Except(drafts), item =>
        {
            var created = item.GetProperty("CreatedUtc").GetDateTime();
            var published = item.GetProperty("PublishedUtc").GetDateTime();
            var modified = item.GetProperty("ModifiedUtc").GetDateTime();
            Assert.InRange(created.Year, 2015, 2026);
            Assert.InRange(published, created, modified);
            Assert.InRange(modified.Year, 2015, 2026);
        });
    }

    [Fact]
    public void Write_Always_TranslatesAboutOneItemInTenIntoTheOriginalsLocalizationSet()
    {
        var originals = recipe.Items.Where(item => item.Culture() == "fr-FR")
            .ToDictionary(item => item.GetProperty("LocalizationPart").Str("LocalizationSet"), StringComparer.Ordinal);
        var translations = recipe.Items.Where(item => item.Culture() != "fr-FR").ToList();

        Assert.InRange(translations.Count / (double)originals.Count, 0.08, 0.12);
        Assert.All(translations, translation =>
        {
            Assert.Equal("en-US", translation.Culture());
            var original = originals[translation.GetProperty("LocalizationPart").Str("LocalizationSet")];
            Assert.Equal(original.ContentType(), translation.ContentType());
            Assert.NotEqual(original.Str("ContentItemId"), translation.Str("ContentItemId"));
            Assert.StartsWith("en/", translation.GetProperty("AutoroutePart").Str("Path"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Write_Always_PointsPickersAtEarlierItemsOfTheRightType()
    {
        var position = recipe.Items.Select((item, index) => (item, index))
            .ToDictionary(entry => entry.item.Str("ContentItemId"), entry => (Type: entry.item.ContentType(), entry.index), StringComparer.Ordinal);
        var pickers = new (string Type, string Field, string Target)[]
        {
            (ContentTypes.PracticeSheet, "RelatedProjects", ContentTypes.CooperationProject),
            (ContentTypes.Publication, "RelatedProjects", ContentTypes.CooperationProject),
            (ContentTypes.CooperationProject, "Publications", ContentTypes.Publication),
        };

        var checkedReferences = 0;
        foreach (var (type, field, target) in pickers)
        {
            foreach (var (item, index) in recipe.Items.Select((item, index) => (item, index)).Where(entry => entry.item.ContentType() == type))
            {
                foreach (var id in item.TypePart().GetProperty(field).Ids("ContentItemIds"))
                {
                    Assert.True(position.TryGetValue(id, out var referenced), $"{type}.{field} points to missing item {id}.");
                    Assert.Equal(target, referenced.Type);
                    Assert.True(referenced.index < index, $"{type}.{field} points to an item written after it.");
                    checkedReferences++;
                }
            }
        }

        Assert.True(checkedReferences > 1000, $"only {checkedReferences} picker references were generated.");
    }

    [Fact]
    public void Write_Always_PointsThemesAtOneToThreeTermsOfTheTaxonomy()
    {
        var taxonomyId = recipe.Taxonomy.Str("ContentItemId");
        var termIds = recipe.ThemeTerms.Select(term => term.Str("ContentItemId")).ToHashSet(StringComparer.Ordinal);

        Assert.All(recipe.Items, item =>
        {
            var themes = item.TypePart().GetProperty("Themes");
            Assert.Equal(taxonomyId, themes.Str("TaxonomyContentItemId"));
            var terms = themes.Ids("TermContentItemIds");
            Assert.InRange(terms.Length, 1, 3);
            Assert.Equal(terms.Length, terms.Distinct(StringComparer.Ordinal).Count());
            Assert.All(terms, term => Assert.Contains(term, termIds));
        });
    }

    [Fact]
    public void Write_Always_NestsTwoToFiveSessionsInEachConferenceReport()
    {
        var reports = recipe.Items.Where(item => item.ContentType() == ContentTypes.ConferenceReport).ToList();

        Assert.All(reports, report =>
        {
            var sessions = report.GetProperty("Sessions").GetProperty("ContentItems").EnumerateArray().ToList();
            Assert.InRange(sessions.Count, 2, 5);
            Assert.All(sessions, session =>
            {
                Assert.Equal(ContentTypes.ConferenceSession, session.ContentType());
                Assert.StartsWith("<p>", session.TypePart().GetProperty("Summary").Str("Html"), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(session.TypePart().GetProperty("Speakers").Str("Text")));
            });
        });
    }

    [Fact]
    public void Write_Always_FillsPracticeSheetsWithRealisticValues()
    {
        var sheets = recipe.Items.Where(item => item.ContentType() == ContentTypes.PracticeSheet && item.Culture() == "fr-FR").ToList();

        Assert.All(sheets, sheet =>
        {
            var part = sheet.TypePart();
            Assert.InRange(part.GetProperty("Year").GetProperty("Value").GetInt32(), 2000, 2026);
            Assert.InRange(WordCount(part.GetProperty("Summary").Str("Text")), 50, 80);
            foreach (var section in new[] { "Context", "Objectives", "Activities", "Budget", "Evaluation" })
            {
                var html = part.GetProperty(section).Str("Html");
                Assert.StartsWith("<p>", html, StringComparison.Ordinal);
                Assert.EndsWith("</p>", html, StringComparison.Ordinal);
                Assert.InRange(WordCount(html.Replace("</p><p>", " ", StringComparison.Ordinal)), 80, 250);
            }

            Assert.Empty(part.GetProperty("Attachments").Ids("Paths"));
            Assert.Empty(part.GetProperty("Attachments").Ids("MediaTexts"));
        });
        Assert.Contains(sheets, sheet => sheet.TypePart().GetProperty("City").Str("Text") == "Barcelone"
            && sheet.TypePart().GetProperty("Country").Str("Text") == "Espagne");
    }

    [Fact]
    public void Write_Always_GivesProjectsAWebsiteAndConsistentYears()
    {
        var projects = recipe.Items.Where(item => item.ContentType() == ContentTypes.CooperationProject).ToList();

        Assert.All(projects, project =>
        {
            var part = project.TypePart();
            Assert.StartsWith("https://example.org/projets/", part.GetProperty("Website").Str("Url"), StringComparison.Ordinal);
            Assert.StartsWith(part.GetProperty("Acronym").Str("Text") + " — ", project.Str("DisplayText"), StringComparison.Ordinal);
            var start = part.GetProperty("StartYear").GetProperty("Value").GetInt32();
            var end = part.GetProperty("EndYear").GetProperty("Value").GetInt32();
            Assert.InRange(start, 2000, 2026);
            Assert.InRange(end, start, 2026);
        });
    }

    private static byte[] Generate(int itemCount, int seed)
    {
        using var stream = new MemoryStream();
        new SyntheticRecipeGenerator().Write(stream, itemCount, seed);
        return stream.ToArray();
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
