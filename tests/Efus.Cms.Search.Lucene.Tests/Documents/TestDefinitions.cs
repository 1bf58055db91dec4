using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Search.Lucene.Tests.Documents;

/// Definitions shaped like the setup recipe's: a conference report with a Sessions bag, a publication with a PDF document.
public static class TestDefinitions
{
    private const string Included = """{ "Included": true, "Stored": false, "Keyword": false }""";
    private const string Keyword = """{ "Included": true, "Stored": true, "Keyword": true }""";

    public static ContentDefinitions Create() => ContentDefinitionJson.FromJson(JsonNode.Parse($$"""
    {
      "ContentTypes": [
        { "Name": "ConferenceReport", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" },
          { "PartName": "AutoroutePart", "Name": "AutoroutePart" },
          { "PartName": "LocalizationPart", "Name": "LocalizationPart" },
          { "PartName": "ConferenceReport", "Name": "ConferenceReport" },
          { "PartName": "BagPart", "Name": "Sessions" } ] },
        { "Name": "ConferenceSession", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" },
          { "PartName": "ConferenceSession", "Name": "ConferenceSession" } ] },
        { "Name": "Publication", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" },
          { "PartName": "Publication", "Name": "Publication" } ] },
        { "Name": "Page", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" },
          { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "LuceneContentIndexSettings": {{Included}} } } ] },
        { "Name": "CooperationProject", "ContentTypePartDefinitionRecords": [
          { "PartName": "CooperationProject", "Name": "CooperationProject" } ] }
      ],
      "ContentParts": [
        { "Name": "ConferenceReport", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "TextField", "Name": "Conference", "Settings": { "LuceneContentIndexSettings": {{Included}} } },
          { "FieldName": "NumericField", "Name": "Year", "Settings": { "NumericFieldSettings": { "Scale": 0 }, "LuceneContentIndexSettings": {{Included}} } },
          { "FieldName": "HtmlField", "Name": "Summary", "Settings": { "LuceneContentIndexSettings": {{Included}} } },
          { "FieldName": "TaxonomyField", "Name": "Themes", "Settings": { "LuceneContentIndexSettings": {{Keyword}} } } ] },
        { "Name": "ConferenceSession", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "HtmlField", "Name": "Summary", "Settings": { "LuceneContentIndexSettings": {{Included}} } },
          { "FieldName": "TextField", "Name": "Speakers", "Settings": { "LuceneContentIndexSettings": {{Included}} } } ] },
        { "Name": "Publication", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "TextField", "Name": "Kind", "Settings": { "LuceneContentIndexSettings": {{Keyword}} } },
          { "FieldName": "TextField", "Name": "Country" },
          { "FieldName": "TaxonomyField", "Name": "Themes" },
          { "FieldName": "NumericField", "Name": "Price", "Settings": { "NumericFieldSettings": { "Scale": 2 }, "LuceneContentIndexSettings": {{Keyword}} } },
          { "FieldName": "ContentPickerField", "Name": "RelatedProjects", "Settings": { "LuceneContentIndexSettings": {{Keyword}} } },
          { "FieldName": "MediaField", "Name": "Document", "Settings": { "LuceneContentIndexSettings": {{Included}} } } ] },
        { "Name": "CooperationProject", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "NumericField", "Name": "StartYear" },
          { "FieldName": "NumericField", "Name": "EndYear" } ] }
      ]
    }
    """)!.AsObject());

    public static ContentItem Item(string json) => ContentItemJson.Parse(json);

    public static ContentItem ConferenceReport() => Item("""
    {
      "ContentItemId": "conf1", "ContentItemVersionId": "conf1v1", "ContentType": "ConferenceReport",
      "DisplayText": "Sécurité, Démocratie et Villes 2024", "Latest": true, "Published": true,
      "CreatedUtc": "2024-03-01T10:20:30Z", "ModifiedUtc": "2024-03-02T00:00:00Z", "PublishedUtc": null,
      "Owner": "owner1", "Author": "admin",
      "TitlePart": { "Title": "Sécurité, Démocratie et Villes 2024" },
      "AutoroutePart": { "Path": "conferences/sdv-2024" },
      "LocalizationPart": { "LocalizationSet": "set1", "Culture": "fr-FR" },
      "ConferenceReport": {
        "Conference": { "Text": "Sécurité, Démocratie et Villes" },
        "Year": { "Value": 2024 },
        "Summary": { "Html": "<p>Les villes <b>face</b> aux menaces &amp; aux risques</p>" },
        "Themes": { "TaxonomyContentItemId": "tax1", "TermContentItemIds": ["term1", "term2"] }
      },
      "Sessions": { "ContentItems": [
        { "ContentItemId": "s1", "ContentItemVersionId": "s1v", "ContentType": "ConferenceSession",
          "DisplayText": "Comment les villes combattent le cybercrime", "Latest": true, "Published": true,
          "TitlePart": { "Title": "Comment les villes combattent le cybercrime" },
          "ConferenceSession": { "Summary": { "Html": "<p>Un panorama des <em>rançongiciels</em></p>" }, "Speakers": { "Text": "Jeanne Martin" } } }
      ] }
    }
    """);
}
