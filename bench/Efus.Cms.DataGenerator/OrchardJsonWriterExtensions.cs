using System.Text.Json;

namespace Efus.Cms.DataGenerator;

/// <summary>Writes Orchard Core content-item JSON shapes (orchard-contracts.md §1.7) on a <see cref="Utf8JsonWriter"/>.</summary>
internal static class OrchardJsonWriterExtensions
{
    /// <summary>Opens the item object and writes its top-level properties; the caller writes the parts and closes it.</summary>
    public static void WriteContentItemStart(this Utf8JsonWriter writer, ContentItemHeader header)
    {
        writer.WriteStartObject();
        writer.WriteString("ContentItemId", header.ContentItemId);
        writer.WriteString("ContentItemVersionId", header.ContentItemVersionId);
        writer.WriteString("ContentType", header.ContentType);
        writer.WriteString("DisplayText", header.DisplayText);
        writer.WriteBoolean("Latest", header.Latest);
        writer.WriteBoolean("Published", header.Published);
        writer.WriteDate("ModifiedUtc", header.ModifiedUtc);
        writer.WriteDate("PublishedUtc", header.PublishedUtc);
        writer.WriteDate("CreatedUtc", header.CreatedUtc);
        writer.WriteNull("Owner");
        writer.WriteString("Author", "admin");
    }

    public static void WriteTitlePart(this Utf8JsonWriter writer, string title)
    {
        writer.WriteStartObject("TitlePart");
        writer.WriteString("Title", title);
        writer.WriteEndObject();
    }

    public static void WriteAutoroutePart(this Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("AutoroutePart");
        writer.WriteString("Path", path);
        writer.WriteBoolean("SetHomepage", false);
        writer.WriteBoolean("Disabled", false);
        writer.WriteBoolean("RouteContainedItems", false);
        writer.WriteBoolean("Absolute", false);
        writer.WriteEndObject();
    }

    public static void WriteLocalizationPart(this Utf8JsonWriter writer, string localizationSet, string culture)
    {
        writer.WriteStartObject("LocalizationPart");
        writer.WriteString("LocalizationSet", localizationSet);
        writer.WriteString("Culture", culture);
        writer.WriteEndObject();
    }

    public static void WriteTermPart(this Utf8JsonWriter writer, string taxonomyContentItemId)
    {
        writer.WriteStartObject("TermPart");
        writer.WriteString("TaxonomyContentItemId", taxonomyContentItemId);
        writer.WriteEndObject();
    }

    public static void WriteTextField(this Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("Text", text);
        writer.WriteEndObject();
    }

    public static void WriteHtmlField(this Utf8JsonWriter writer, string name, string html)
    {
        writer.WriteStartObject(name);
        writer.WriteString("Html", html);
        writer.WriteEndObject();
    }

    public static void WriteNumericField(this Utf8JsonWriter writer, string name, int value)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("Value", value);
        writer.WriteEndObject();
    }

    public static void WriteContentPickerField(this Utf8JsonWriter writer, string name, IEnumerable<string> contentItemIds)
    {
        writer.WriteStartObject(name);
        writer.WriteStringArray("ContentItemIds", contentItemIds);
        writer.WriteEndObject();
    }

    /// <summary>A media field with no file: the generator never invents media paths.</summary>
    public static void WriteEmptyMediaField(this Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteStartArray("Paths");
        writer.WriteEndArray();
        writer.WriteStartArray("MediaTexts");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteTaxonomyField(this Utf8JsonWriter writer, string name, string taxonomyContentItemId, IEnumerable<string> termContentItemIds)
    {
        writer.WriteStartObject(name);
        writer.WriteString("TaxonomyContentItemId", taxonomyContentItemId);
        writer.WriteStringArray("TermContentItemIds", termContentItemIds);
        writer.WriteEndObject();
    }

    public static void WriteLinkField(this Utf8JsonWriter writer, string name, string url, string text, string target)
    {
        writer.WriteStartObject(name);
        writer.WriteString("Url", url);
        writer.WriteString("Text", text);
        writer.WriteString("Target", target);
        writer.WriteEndObject();
    }

    private static void WriteDate(this Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
