using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Metadata;

/// <summary>
/// Converts definitions to and from the JSON of Orchard's ContentDefinition recipe step
/// (<c>ContentTypes[]</c> with <c>ContentTypePartDefinitionRecords[]</c>, <c>ContentParts[]</c> with
/// <c>ContentPartFieldDefinitionRecords[]</c>). The same shape is what the store keeps.
/// </summary>
public static class ContentDefinitionJson
{
    public static JsonObject ToJson(ContentDefinitions definitions) => new()
    {
        ["ContentTypes"] = new JsonArray([.. definitions.Types.Values.Select(TypeToJson)]),
        ["ContentParts"] = new JsonArray([.. definitions.Parts.Values.Select(PartToJson)]),
    };

    public static ContentDefinitions FromJson(JsonObject json) =>
        Merge(ContentDefinitions.Empty, json, replace: true, "$");

    /// <summary>
    /// Applies a ContentDefinition step. With <paramref name="replace"/> false (Orchard's merge), an
    /// existing type or part keeps what the step does not mention and merges settings; with true
    /// (ReplaceContentDefinition) each listed type or part is replaced whole.
    /// </summary>
    public static ContentDefinitions Merge(ContentDefinitions current, JsonObject step, bool replace, string path)
    {
        var result = current;
        var types = ArrayOf(step, "ContentTypes", path);
        for (var i = 0; i < types.Count; i++)
        {
            var typePath = $"{path}.ContentTypes[{i}]";
            var json = types[i] as JsonObject ?? throw new ContentJsonException(typePath, "expected an object");
            var incoming = ReadType(json, typePath);
            var existing = replace ? null : result.Type(incoming.Name);
            result = result.WithType(existing is null ? incoming : MergeType(existing, incoming));
        }

        var parts = ArrayOf(step, "ContentParts", path);
        for (var i = 0; i < parts.Count; i++)
        {
            var partPath = $"{path}.ContentParts[{i}]";
            var json = parts[i] as JsonObject ?? throw new ContentJsonException(partPath, "expected an object");
            var incoming = ReadPart(json, partPath);
            var existing = replace ? null : result.Part(incoming.Name);
            result = result.WithPart(existing is null ? incoming : MergePart(existing, incoming));
        }

        return result;
    }

    public static JsonObject TypeToJson(ContentTypeDefinition type) => new()
    {
        ["Name"] = type.Name,
        ["DisplayName"] = type.DisplayName,
        ["Settings"] = type.Settings.DeepClone(),
        ["ContentTypePartDefinitionRecords"] = new JsonArray([.. type.Parts.Select(p => (JsonNode)new JsonObject
        {
            ["PartName"] = p.PartName,
            ["Name"] = p.Name,
            ["Settings"] = p.Settings.DeepClone(),
        })]),
    };

    public static JsonObject PartToJson(ContentPartDefinition part) => new()
    {
        ["Name"] = part.Name,
        ["Settings"] = part.Settings.DeepClone(),
        ["ContentPartFieldDefinitionRecords"] = new JsonArray([.. part.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["FieldName"] = f.FieldName,
            ["Name"] = f.Name,
            ["Settings"] = f.Settings.DeepClone(),
        })]),
    };

    private static ContentTypeDefinition ReadType(JsonObject json, string path)
    {
        var name = RequiredString(json, "Name", path);
        var records = ArrayOf(json, "ContentTypePartDefinitionRecords", path);
        var parts = ImmutableArray.CreateBuilder<ContentTypePartDefinition>();
        for (var i = 0; i < records.Count; i++)
        {
            var recordPath = $"{path}.ContentTypePartDefinitionRecords[{i}]";
            var record = records[i] as JsonObject ?? throw new ContentJsonException(recordPath, "expected an object");
            var partName = record.GetIgnoreCase("PartName").AsString();
            if (string.IsNullOrEmpty(partName))
            {
                throw new ContentJsonException(recordPath,
                    $"Unable to add content-part to the '{name}' content-type. The part name cannot be null or empty.");
            }

            var partKey = record.GetIgnoreCase("Name").AsString();
            parts.Add(new ContentTypePartDefinition(string.IsNullOrEmpty(partKey) ? partName : partKey, partName, SettingsOf(record, recordPath)));
        }

        return new ContentTypeDefinition(name, json.GetIgnoreCase("DisplayName").AsString() ?? name, SettingsOf(json, path), parts.ToImmutable());
    }

    private static ContentPartDefinition ReadPart(JsonObject json, string path)
    {
        var name = RequiredString(json, "Name", path);
        var records = ArrayOf(json, "ContentPartFieldDefinitionRecords", path);
        var fields = ImmutableArray.CreateBuilder<ContentPartFieldDefinition>();
        for (var i = 0; i < records.Count; i++)
        {
            var recordPath = $"{path}.ContentPartFieldDefinitionRecords[{i}]";
            var record = records[i] as JsonObject ?? throw new ContentJsonException(recordPath, "expected an object");
            var fieldName = RequiredString(record, "FieldName", recordPath);
            var fieldKey = RequiredString(record, "Name", recordPath);
            fields.Add(new ContentPartFieldDefinition(fieldKey, fieldName, SettingsOf(record, recordPath)));
        }

        return new ContentPartDefinition(name, SettingsOf(json, path), fields.ToImmutable());
    }

    private static ContentTypeDefinition MergeType(ContentTypeDefinition existing, ContentTypeDefinition incoming)
    {
        var settings = (JsonObject)existing.Settings.DeepClone();
        settings.MergeFrom(incoming.Settings);
        var parts = existing.Parts.ToList();
        foreach (var part in incoming.Parts)
        {
            var index = parts.FindIndex(p => p.Name == part.Name);
            if (index < 0)
            {
                parts.Add(part);
                continue;
            }

            var partSettings = (JsonObject)parts[index].Settings.DeepClone();
            partSettings.MergeFrom(part.Settings);
            parts[index] = part with { Settings = partSettings };
        }

        return new ContentTypeDefinition(existing.Name, incoming.DisplayName, settings, [.. parts]);
    }

    private static ContentPartDefinition MergePart(ContentPartDefinition existing, ContentPartDefinition incoming)
    {
        var settings = (JsonObject)existing.Settings.DeepClone();
        settings.MergeFrom(incoming.Settings);
        var fields = existing.Fields.ToList();
        foreach (var field in incoming.Fields)
        {
            var index = fields.FindIndex(f => f.Name == field.Name);
            if (index < 0)
            {
                fields.Add(field);
                continue;
            }

            var fieldSettings = (JsonObject)fields[index].Settings.DeepClone();
            fieldSettings.MergeFrom(field.Settings);
            fields[index] = field with { Settings = fieldSettings };
        }

        return new ContentPartDefinition(existing.Name, settings, [.. fields]);
    }

    private static JsonObject SettingsOf(JsonObject json, string path) => json.GetIgnoreCase("Settings") switch
    {
        null => [],
        JsonObject settings => (JsonObject)settings.DeepClone(),
        _ => throw new ContentJsonException($"{path}.Settings", "expected an object"),
    };

    private static JsonArray ArrayOf(JsonObject json, string name, string path) => json.GetIgnoreCase(name) switch
    {
        null => [],
        JsonArray array => array,
        _ => throw new ContentJsonException($"{path}.{name}", "expected an array"),
    };

    private static string RequiredString(JsonObject json, string name, string path)
    {
        var value = json.GetIgnoreCase(name).AsString();
        return string.IsNullOrWhiteSpace(value)
            ? throw new ContentJsonException($"{path}.{name}", $"'{name}' is required")
            : value;
    }
}
