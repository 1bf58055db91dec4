using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Admin.Localization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Comparison;

/// <summary>
/// Two versions of an item side by side, field by field (title, path, language, body, every field,
/// every bag item's fields), as plain text with items and terms named.
/// </summary>
public sealed class ContentComparer(IContentManager contentManager, AdminText text)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<FieldChange>> CompareAsync(ContentItem before, ContentItem after, ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var type = definitions.Type(after.ContentType) ?? definitions.Type(before.ContentType);
        if (type is null)
        {
            return [];
        }

        await LoadNamesAsync([before, after], type, definitions, cancellationToken);
        var left = Flatten(type, before.Parts, definitions, "", "");
        var right = Flatten(type, after.Parts, definitions, "", "");
        var keys = left.Select(l => l.Key).Concat(right.Select(r => r.Key)).Distinct(StringComparer.Ordinal);
        var leftByKey = left.ToDictionary(l => l.Key);
        var rightByKey = right.ToDictionary(r => r.Key);
        return [.. keys.Select(key =>
        {
            var l = leftByKey.GetValueOrDefault(key);
            var r = rightByKey.GetValueOrDefault(key);
            return new FieldChange(key, (r ?? l)!.Label, l?.Value ?? "", r?.Value ?? "");
        })];
    }

    private sealed record Line(string Key, string Label, string Value);

    private List<Line> Flatten(ContentTypeDefinition type, JsonObject parts, ContentDefinitions definitions, string keyPrefix, string labelPrefix)
    {
        var lines = new List<Line>();
        var plain = new FieldPlainText(id => _names.GetValueOrDefault(id, id));
        foreach (var typePart in type.Parts)
        {
            var part = parts[typePart.Name] as JsonObject;
            var key = keyPrefix + typePart.Name;
            switch (typePart.PartName)
            {
                case WellKnownParts.Title:
                    lines.Add(new(key + ".Title", labelPrefix + text["Titre"], part?["Title"].AsString() ?? ""));
                    break;
                case WellKnownParts.Autoroute:
                    lines.Add(new(key + ".Path", labelPrefix + text["Chemin"], part?["Path"].AsString() ?? ""));
                    break;
                case WellKnownParts.Localization:
                    lines.Add(new(key + ".Culture", labelPrefix + text["Langue"], part?["Culture"].AsString() ?? ""));
                    break;
                case WellKnownParts.HtmlBody:
                    lines.Add(new(key + ".Html", labelPrefix + text["Corps du texte"], PlainText.FromHtml(part?["Html"].AsString())));
                    break;
                case WellKnownParts.Bag:
                    var children = (part?["ContentItems"] as JsonArray ?? []).OfType<JsonObject>().ToList();
                    for (var i = 0; i < children.Count; i++)
                    {
                        var childType = definitions.Type(children[i]["ContentType"].AsString() ?? "");
                        if (childType is not null)
                        {
                            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                            lines.AddRange(Flatten(childType, children[i], definitions, $"{key}[{number}].", $"{labelPrefix}{typePart.DisplayName ?? typePart.Name} {number} › "));
                        }
                    }

                    break;
                default:
                    break;
            }

            foreach (var field in definitions.FieldsOf(typePart))
            {
                var context = new FieldContext(type, typePart, field, part?[field.Name]);
                lines.Add(new(key + "." + field.Name, labelPrefix + field.DisplayName, context.Accept(plain)));
            }
        }

        return lines;
    }

    private async Task LoadNamesAsync(IEnumerable<ContentItem> versions, ContentTypeDefinition type, ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var pickerIds = new HashSet<string>(StringComparer.Ordinal);
        var taxonomyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            foreach (var field in FieldKinds.FieldsOf(version, type, definitions))
            {
                if (field.Field.FieldName == FieldKinds.ContentPicker)
                {
                    pickerIds.UnionWith((field.Value as JsonObject)?["ContentItemIds"].AsStrings() ?? []);
                }
                else if (field.Field.FieldName == FieldKinds.Taxonomy
                    && (field.Field.Setting("TaxonomyFieldSettings", "TaxonomyContentItemId").AsString() ?? (field.Value as JsonObject)?["TaxonomyContentItemId"].AsString()) is { } taxonomyId)
                {
                    taxonomyIds.Add(taxonomyId);
                }
            }
        }

        foreach (var id in pickerIds.Where(id => !_names.ContainsKey(id)))
        {
            _names[id] = (await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken))?.DisplayText ?? id;
        }

        foreach (var taxonomyId in taxonomyIds)
        {
            var taxonomy = await contentManager.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken);
            foreach (var term in TaxonomyTerms.Flatten(taxonomy))
            {
                _names[term.ContentItemId] = term.DisplayText ?? term.ContentItemId;
            }
        }
    }
}
