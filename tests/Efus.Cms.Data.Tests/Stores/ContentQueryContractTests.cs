using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class ContentQueryContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    [Theory]
    [InlineData(ContentStatus.Published, "Évaluation des politiques|Beta|Alpha")]
    [InlineData(ContentStatus.Draft, "Gamma|Beta draft")]
    [InlineData(ContentStatus.Latest, "Évaluation des politiques|Gamma|Beta draft|Alpha")]
    [InlineData(ContentStatus.All, "Évaluation des politiques|Gamma|Beta draft|Beta|Alpha")]
    public async Task QueryAsync_Status_FiltersVersions(ContentStatus status, string expected)
    {
        var type = await SeedAsync();

        var page = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = status, OrderBy = ContentOrder.CreatedUtcDescending });

        Assert.Equal(expected.Split('|'), Titles(page));
        Assert.Equal(page.Items.Count, page.Total);
    }

    [Fact]
    public async Task QueryAsync_Culture_KeepsThatCultureOnly()
    {
        var type = await SeedAsync();

        var page = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = ContentStatus.Latest, Culture = "fr", OrderBy = ContentOrder.CreatedUtcAscending });

        Assert.Equal(["Alpha", "Gamma", "Évaluation des politiques"], Titles(page));
    }

    [Fact]
    public async Task QueryAsync_LacksTranslationIn_KeepsLocalizedItemsWithoutThatCulture()
    {
        var type = TestContent.UniqueType("Translated");
        var translated = TestContent.Item(type, "Traduit", culture: "fr-FR");
        var english = TestContent.Item(type, "Translated", culture: "en-US");
        english.GetOrCreatePart(WellKnownParts.Localization)["LocalizationSet"] = translated.Part(WellKnownParts.Localization)!["LocalizationSet"]!.DeepClone();
        var alone = TestContent.Item(type, "Seul", culture: "fr-FR");
        var unlocalized = TestContent.Item(type, "Sans langue");
        await SaveAsync(translated);
        await SaveAsync(english);
        await SaveAsync(alone);
        await SaveAsync(unlocalized);

        var lackingEnglish = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = ContentStatus.Latest, LacksTranslationIn = "en-US" });
        var lackingFrench = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = ContentStatus.Latest, LacksTranslationIn = "fr-FR" });

        Assert.Equal(["Seul"], Titles(lackingEnglish));
        Assert.Empty(Titles(lackingFrench));
    }

    [Theory]
    [InlineData("evaluation", "Évaluation des politiques")]
    [InlineData("ÉVALUATION DES", "Évaluation des politiques")]
    [InlineData("alp", "Alpha")]
    [InlineData("nothing like it", "")]
    public async Task QueryAsync_DisplayTextContains_IgnoresCaseAndAccents(string term, string expected)
    {
        var type = await SeedAsync();

        var page = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = ContentStatus.Latest, DisplayTextContains = term });

        Assert.Equal(expected.Length == 0 ? [] : new[] { expected }, Titles(page));
    }

    [Theory]
    [InlineData(ContentOrder.CreatedUtcAscending, "Alpha|Beta draft|Gamma|Évaluation des politiques")]
    [InlineData(ContentOrder.ModifiedUtcDescending, "Beta draft|Évaluation des politiques|Gamma|Alpha")]
    [InlineData(ContentOrder.PublishedUtcDescending, "Évaluation des politiques|Beta draft|Alpha|Gamma")]
    [InlineData(ContentOrder.DisplayTextAscending, "Alpha|Beta draft|Évaluation des politiques|Gamma")]
    public async Task QueryAsync_OrderBy_SortsInDatabase(ContentOrder order, string expected)
    {
        var type = await SeedAsync();

        var page = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = ContentStatus.Latest, OrderBy = order });

        Assert.Equal(expected.Split('|'), Titles(page));
    }

    [Fact]
    public async Task QueryAsync_SkipTake_ReturnsPageAndTotal()
    {
        var type = await SeedAsync();
        var query = new ContentQuery { ContentTypes = [type], Status = ContentStatus.Latest, OrderBy = ContentOrder.CreatedUtcAscending };

        var second = await QueryAsync(query with { Skip = 1, Take = 2 });
        var beyond = await QueryAsync(query with { Skip = 10, Take = 2 });
        var countOnly = await QueryAsync(query with { Take = 0 });

        Assert.Equal(["Beta draft", "Gamma"], Titles(second));
        Assert.Equal(4, second.Total);
        Assert.Empty(beyond.Items);
        Assert.Equal(4, beyond.Total);
        Assert.Empty(countOnly.Items);
        Assert.Equal(4, countOnly.Total);
    }

    [Fact]
    public async Task QueryAsync_SeveralTypes_ReturnsEachTypeAndNoOther()
    {
        var first = await SeedAsync();
        var second = TestContent.UniqueType("Other");
        await SaveAsync(TestContent.Item(second, "Other one", created: TestContent.Day(28)));
        var unrelated = TestContent.UniqueType("Unrelated");
        await SaveAsync(TestContent.Item(unrelated, "Unrelated"));

        var page = await QueryAsync(new ContentQuery { ContentTypes = [first, second], Status = ContentStatus.Published, OrderBy = ContentOrder.CreatedUtcDescending });
        var none = await QueryAsync(new ContentQuery { ContentTypes = [], Status = ContentStatus.All });

        Assert.Equal(["Other one", "Évaluation des politiques", "Beta", "Alpha"], Titles(page));
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task QueryAsync_Items_CarryTheirRevision()
    {
        var type = await SeedAsync();

        var page = await QueryAsync(new ContentQuery { ContentTypes = [type], Status = ContentStatus.All });

        Assert.All(page.Items, i => Assert.True(i.Revision >= 1));
    }

    /// <summary>
    /// Alpha (fr, published), Beta (en, published v1 + draft v2), Gamma (fr, never published),
    /// Évaluation des politiques (fr, published), created on days 1, 2, 3, 4.
    /// </summary>
    private async Task<string> SeedAsync()
    {
        var type = TestContent.UniqueType("Article");
        var alpha = TestContent.Item(type, "Alpha", created: TestContent.Day(1), culture: "fr");
        var beta = TestContent.Item(type, "Beta", created: TestContent.Day(2), culture: "en");
        var gamma = TestContent.Item(type, "Gamma", published: false, created: TestContent.Day(3), culture: "fr");
        var evaluation = TestContent.Item(type, "Évaluation des politiques", created: TestContent.Day(4), culture: "fr");
        await SaveAsync(alpha);
        await SaveAsync(beta);
        await SaveAsync(gamma);
        await SaveAsync(evaluation);

        var betaDraft = TestContent.NewVersion(beta, "Beta draft");
        betaDraft.ModifiedUtc = TestContent.Day(10);
        beta.Latest = false;
        await SaveAsync(betaDraft, beta);
        return type;
    }

    private Task<ContentPage> QueryAsync(ContentQuery query) => WithContentAsync(s => s.QueryAsync(query));

    private static IEnumerable<string> Titles(ContentPage page) => page.Items.Select(i => i.DisplayText ?? "");
}
