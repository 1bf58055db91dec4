using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Records;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.FieldIndex;

public abstract class FieldIndexContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    private const string Type = "PracticeSheet";

    [Fact]
    public async Task CommitAsync_IndexedFieldKinds_WritesOneRowPerValue()
    {
        await SaveDefinitionsAsync();
        var sheet = Sheet(summary: "Vidéoprotection à Lyon", year: 2024, related: ["p1", "p2"], themes: ["t1", "t2", "t1"]);

        await SaveAsync(sheet);

        var rows = await RowsAsync(sheet.ContentItemVersionId);
        Assert.Equal(["Featured", "Related", "Related", "Starts", "Summary", "Themes", "Themes", "Visit", "Year"], rows.Select(r => r.Field));
        Assert.All(rows, r => Assert.Equal((sheet.ContentItemId, Type, Type, true, true), (r.ContentItemId, r.ContentType, r.Part, r.Published, r.Latest)));
        Assert.Equal("Vidéoprotection à Lyon", Single(rows, "Summary").TextValue);
        Assert.Equal(2024m, Single(rows, "Year").NumericValue);
        Assert.True(Single(rows, "Featured").BooleanValue);
        Assert.Equal(new DateTime(2024, 4, 7, 0, 0, 0, DateTimeKind.Utc), Single(rows, "Visit").DateValue);
        Assert.Equal(DateTimeKind.Utc, Single(rows, "Visit").DateValue?.Kind);
        Assert.Equal(new DateTime(2024, 4, 7, 10, 30, 0, DateTimeKind.Utc), Single(rows, "Starts").DateValue);
        Assert.Equal(["p1", "p2"], rows.Where(r => r.Field == "Related").Select(r => r.TextValue).Order());
        Assert.Equal(["t1", "t2"], rows.Where(r => r.Field == "Themes").Select(r => r.TextValue).Order());
    }

    [Fact]
    public async Task CommitAsync_MediaField_WritesOneRowPerPathForTheLibrarysUsedBy()
    {
        await SaveDefinitionsAsync();
        var sheet = Sheet(summary: "Avec annexes", year: null, related: [], themes: []);
        sheet.GetOrCreatePart(Type)["Attachments"] = TestContent.Json("""{"Paths":["docs/a.pdf","docs/b.pdf","docs/a.pdf"],"MediaTexts":["","",""]}""");

        await SaveAsync(sheet);

        var rows = await RowsAsync(sheet.ContentItemVersionId);
        Assert.Equal(["docs/a.pdf", "docs/b.pdf"], rows.Where(r => r.Field == "Attachments").Select(r => r.TextValue).Order());
    }

    [Fact]
    public async Task PublishedTextValuesAsync_DistinctShortValuesOfPublishedItemsOnly()
    {
        await SaveDefinitionsAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var draft = Sheet(summary: $"Brest {marker}", year: null, related: [], themes: []);
        draft.Published = false;
        await SaveAsync(Sheet(summary: $"Lyon {marker}", year: null, related: [], themes: []));
        await SaveAsync(Sheet(summary: $"Lyon {marker}", year: null, related: [], themes: []));
        await SaveAsync(Sheet(summary: $"Arras {marker}", year: null, related: [], themes: []));
        await SaveAsync(Sheet(summary: new string('x', 300) + marker, year: null, related: [], themes: []));
        await SaveAsync(draft);

        var values = await WithContentAsync(s => s.PublishedTextValuesAsync(Type, Type, "Summary", 1000));

        // A value longer than 255 characters is text, not a choice (PostgreSQL's partial index leaves it out too).
        Assert.Equal([$"Arras {marker}", $"Lyon {marker}"], values.Where(v => v.EndsWith(marker, StringComparison.Ordinal)));
        Assert.Equal(values.Order(StringComparer.Ordinal), values);
        Assert.Empty(await WithContentAsync(s => s.PublishedTextValuesAsync(Type, Type, "Summary", 0)));
    }

    [Fact]
    public async Task CommitAsync_LongText_IsCutAt4000Characters()
    {
        await SaveDefinitionsAsync();
        var sheet = Sheet(summary: new string('é', 5000), year: null, related: [], themes: []);

        await SaveAsync(sheet);

        var summary = Single(await RowsAsync(sheet.ContentItemVersionId), "Summary");
        Assert.Equal(ContentFieldIndexRecord.MaxTextLength, summary.TextValue?.Length);
    }

    [Fact]
    public async Task CommitAsync_UpdatedVersion_ReplacesItsRows()
    {
        await SaveDefinitionsAsync();
        var sheet = Sheet(summary: "Avant", year: 2010, related: ["p1"], themes: ["t1"]);
        await SaveAsync(sheet);

        sheet.Field(Type, "Summary")!["Text"] = "Après";
        sheet.GetOrCreatePart(Type)["Year"] = TestContent.Json("""{"Value":2025}""");
        sheet.GetOrCreatePart(Type)["Related"] = TestContent.Json("""{"ContentItemIds":[]}""");
        sheet.GetOrCreatePart(Type)["Themes"] = TestContent.Json("""{"TaxonomyContentItemId":"tax","TermContentItemIds":["t3"]}""");
        sheet.Published = false;
        await SaveAsync(sheet);

        var rows = await RowsAsync(sheet.ContentItemVersionId);
        Assert.Equal("Après", Single(rows, "Summary").TextValue);
        Assert.Equal(2025m, Single(rows, "Year").NumericValue);
        Assert.DoesNotContain(rows, r => r.Field == "Related");
        Assert.Equal("t3", Single(rows, "Themes").TextValue);
        Assert.All(rows, r => Assert.False(r.Published));
    }

    [Fact]
    public async Task CommitAsync_DeletedVersion_RemovesItsRows()
    {
        await SaveDefinitionsAsync();
        var published = Sheet(summary: "Publiée", year: 2020, related: [], themes: ["t1"]);
        await SaveAsync(published);
        var draft = TestContent.NewVersion(published, "Brouillon");
        published.Latest = false;
        await SaveAsync(draft, published);
        Assert.NotEmpty(await RowsAsync(draft.ContentItemVersionId));

        published.Latest = true;
        await InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IContentStore>().CommitAsync(new ContentChangeSet(published.ContentItemId, [published], [draft], IndexingTaskType.Update));
            return 0;
        });

        Assert.Empty(await RowsAsync(draft.ContentItemVersionId));
        Assert.All(await RowsAsync(published.ContentItemVersionId), r => Assert.True(r.Latest && r.Published));
    }

    [Fact]
    public async Task FieldIndex_NumericAndDateValues_CompareInSql()
    {
        await SaveDefinitionsAsync();
        var old = Sheet(summary: "Old", year: 2009.5m, related: [], themes: []);
        var recent = Sheet(summary: "Recent", year: 2024, related: [], themes: []);
        await SaveAsync(old);
        await SaveAsync(recent);
        string[] mine = [old.ContentItemId, recent.ContentItemId];

        var after2010 = await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentFieldIndex
            .Where(f => mine.Contains(f.ContentItemId) && f.Field == "Year" && f.NumericValue > 2010m)
            .Select(f => f.ContentItemId).ToListAsync());
        var visitedBefore = await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentFieldIndex
            .Where(f => mine.Contains(f.ContentItemId) && f.Field == "Visit" && f.DateValue < new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc))
            .CountAsync());

        Assert.Equal([recent.ContentItemId], after2010);
        Assert.Equal(2, visitedBefore);
    }

    [Fact]
    public async Task CommitAsync_DefinitionsChangedInSameScope_IndexesNewFields()
    {
        await using var scope = NewScope();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        await documents.SaveAsync(DocumentNames.ContentDefinitions, Definitions(withSummary: false));
        var first = Sheet(summary: "Ignorée", year: 2000, related: [], themes: []);
        await store.CommitAsync(TestContent.Saving(first));

        await documents.SaveAsync(DocumentNames.ContentDefinitions, Definitions(withSummary: true));
        var second = Sheet(summary: "Indexée", year: 2000, related: [], themes: []);
        await store.CommitAsync(TestContent.Saving(second));

        Assert.DoesNotContain(await RowsAsync(first.ContentItemVersionId), r => r.Field == "Summary");
        Assert.Equal("Indexée", Single(await RowsAsync(second.ContentItemVersionId), "Summary").TextValue);
    }

    [Fact]
    public async Task CommitAsync_TypeWithoutDefinition_StoresItemWithoutRows()
    {
        await SaveDefinitionsAsync();
        var item = TestContent.Item(TestContent.UniqueType("Undefined"), "Sans définition");

        await SaveAsync(item);

        Assert.NotNull(await WithContentAsync(s => s.GetVersionAsync(item.ContentItemVersionId)));
        Assert.Empty(await RowsAsync(item.ContentItemVersionId));
    }

    private static ContentItem Sheet(string summary, decimal? year, string[] related, string[] themes)
    {
        var sheet = TestContent.Item(Type, "Fiche");
        var part = sheet.GetOrCreatePart(Type);
        part["Summary"] = new JsonObject { ["Text"] = summary };
        part["Year"] = new JsonObject { ["Value"] = year };
        part["Featured"] = TestContent.Json("""{"Value":true}""");
        part["Visit"] = TestContent.Json("""{"Value":"2024-04-07"}""");
        part["Starts"] = TestContent.Json("""{"Value":"2024-04-07T12:30:00+02:00"}""");
        part["Context"] = TestContent.Json("""{"Html":"<p>Contexte</p>"}""");
        part["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. related.Select(id => (JsonNode)id)]) };
        part["Themes"] = new JsonObject
        {
            ["TaxonomyContentItemId"] = "tax",
            ["TermContentItemIds"] = new JsonArray([.. themes.Select(id => (JsonNode)id)]),
        };
        return sheet;
    }

    private static JsonObject Definitions(bool withSummary = true) => TestContent.Json($$"""
        {
          "ContentTypes": [
            { "Name": "{{Type}}", "DisplayName": "Fiche de pratique", "Settings": {},
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "{{Type}}", "Name": "{{Type}}", "Settings": {} } ] }
          ],
          "ContentParts": [
            { "Name": "{{Type}}", "Settings": {},
              "ContentPartFieldDefinitionRecords": [
                {{(withSummary ? """{ "FieldName": "TextField", "Name": "Summary", "Settings": {} },""" : "")}}
                { "FieldName": "NumericField", "Name": "Year", "Settings": {} },
                { "FieldName": "BooleanField", "Name": "Featured", "Settings": {} },
                { "FieldName": "DateField", "Name": "Visit", "Settings": {} },
                { "FieldName": "DateTimeField", "Name": "Starts", "Settings": {} },
                { "FieldName": "HtmlField", "Name": "Context", "Settings": {} },
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": {} },
                { "FieldName": "TaxonomyField", "Name": "Themes", "Settings": {} },
                { "FieldName": "MediaField", "Name": "Attachments", "Settings": {} } ] }
          ]
        }
        """);

    private async Task SaveDefinitionsAsync() =>
        await InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IDocumentStore>().SaveAsync(DocumentNames.ContentDefinitions, Definitions());
            return 0;
        });

    private Task<List<ContentFieldIndexRecord>> RowsAsync(string versionId) =>
        InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentFieldIndex.AsNoTracking()
            .Where(f => f.ContentItemVersionId == versionId).OrderBy(f => f.Field).ThenBy(f => f.Id).ToListAsync());

    private static ContentFieldIndexRecord Single(IEnumerable<ContentFieldIndexRecord> rows, string field) =>
        Assert.Single(rows, r => r.Field == field);
}
