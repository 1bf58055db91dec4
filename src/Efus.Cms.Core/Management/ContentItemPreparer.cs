using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Management;

/// <summary>
/// What every write does before validation: DisplayText from the title, the path generated from
/// the type's pattern when empty, and rich text sanitised — recursively for bag items.
/// </summary>
public sealed class ContentItemPreparer(ContentHtmlSanitizer sanitizer)
{
    public void Prepare(ContentItem item, ContentDefinitions definitions)
    {
        var type = definitions.Type(item.ContentType);
        if (type is null)
        {
            return;
        }

        if (type.HasPart(WellKnownParts.Title))
        {
            item.DisplayText = item.Part(WellKnownParts.Title)?["Title"].AsString() ?? item.DisplayText;
        }

        foreach (var typePart in type.Parts)
        {
            if (item.Parts[typePart.Name] is not JsonObject part)
            {
                // A type with an Autoroute pattern gets a path even when the editor sent no part.
                if (typePart.PartName == WellKnownParts.Autoroute && PatternOf(typePart) is not null)
                {
                    PreparePath(item.GetOrCreatePart(typePart.Name), typePart, item);
                }

                continue;
            }

            switch (typePart.PartName)
            {
                case WellKnownParts.Autoroute:
                    PreparePath(part, typePart, item);
                    break;
                case WellKnownParts.HtmlBody when typePart.Settings.Setting("HtmlBodyPartSettings", "SanitizeHtml").AsBool() != false:
                    SanitizeProperty(part, "Html");
                    break;
                case WellKnownParts.Bag when part["ContentItems"] is JsonArray children:
                    PrepareChildren(children, definitions);
                    break;
                default:
                    break;
            }
        }

        foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
        {
            if (field.Field.FieldName == FieldKinds.Html
                && field.Field.Setting("HtmlFieldSettings", "SanitizeHtml").AsBool() != false
                && field.Value is JsonObject value)
            {
                SanitizeProperty(value, "Html");
            }
        }
    }

    private static void PreparePath(JsonObject part, ContentTypePartDefinition typePart, ContentItem item)
    {
        var path = part["Path"].AsString();
        if (path is null && part["Path"] is not null)
        {
            return; // Not text: the validator refuses it rather than a generated path hiding the mistake.
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            var generated = AutoroutePath.Generate(PatternOf(typePart), item);
            if (generated.Length > 0)
            {
                part["Path"] = generated;
            }
        }
        else
        {
            part["Path"] = AutoroutePath.Normalize(path);
        }
    }

    private static string? PatternOf(ContentTypePartDefinition typePart) =>
        typePart.Settings.Setting("AutoroutePartSettings", "Pattern").AsString();

    private void PrepareChildren(JsonArray children, ContentDefinitions definitions)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is not JsonObject childJson)
            {
                continue;
            }

            var child = ContentItemJson.FromJson(childJson);
            if (string.IsNullOrEmpty(child.ContentItemId))
            {
                child.ContentItemId = IdGenerator.NewId();
            }

            Prepare(child, definitions);
            var prepared = ContentItemJson.ToJson(child);
            foreach (var (key, value) in prepared)
            {
                // Keep the child's own key order and absent common properties as they came.
                if (childJson.ContainsKey(key) || value is JsonObject || key is nameof(ContentItem.ContentItemId) or nameof(ContentItem.DisplayText))
                {
                    childJson[key] = value?.DeepClone();
                }
            }
        }
    }

    private void SanitizeProperty(JsonObject json, string property)
    {
        if (json[property].AsString() is { Length: > 0 } html)
        {
            var clean = sanitizer.Sanitize(html);
            if (clean != html)
            {
                json[property] = clean;
            }
        }
    }
}
