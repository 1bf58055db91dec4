using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Web.Rendering;

/// <summary>Renders an item's title, body, fields and bag items as semantic HTML; related items are linked by path.</summary>
public sealed class ItemHtmlRenderer(IContentManager contentManager, IContentDefinitionManager definitionManager)
{
    public async Task<string> RenderAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var html = new StringBuilder();
        html.Append("<article>\n");
        await RenderItemAsync(item, definitions, html, headingLevel: 1, cancellationToken);
        html.Append("</article>\n");
        return html.ToString();
    }

    private async Task RenderItemAsync(ContentItem item, ContentDefinitions definitions, StringBuilder html, int headingLevel, CancellationToken cancellationToken)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h{headingLevel}>").Append(Encode(item.DisplayText)).Append(CultureInfo.InvariantCulture, $"</h{headingLevel}>\n");
        var type = definitions.Type(item.ContentType);
        if (type is null)
        {
            return;
        }

        foreach (var typePart in type.Parts)
        {
            var part = item.Part(typePart.Name);
            var children = part?["ContentItems"] as JsonArray;
            switch (typePart.PartName)
            {
                case WellKnownParts.HtmlBody:
                    html.Append("<div class=\"body\">").Append(part?["Html"].AsString()).Append("</div>\n");
                    break;
                case WellKnownParts.Bag when children is { Count: > 0 }:
                    html.Append("<section>\n<h").Append(headingLevel + 1).Append('>').Append(Encode(typePart.DisplayName ?? typePart.Name))
                        .Append("</h").Append(headingLevel + 1).Append(">\n");
                    foreach (var child in children.OfType<JsonObject>())
                    {
                        html.Append("<article>\n");
                        await RenderItemAsync(ContentItemJson.FromJson(child), definitions, html, headingLevel + 2, cancellationToken);
                        html.Append("</article>\n");
                    }

                    html.Append("</section>\n");
                    break;
                default:
                    break;
            }
        }

        var fields = FieldKinds.FieldsOf(item, type, definitions).Where(f => f.Value is not null).ToList();
        if (fields.Count == 0)
        {
            return;
        }

        html.Append("<dl>\n");
        foreach (var field in fields)
        {
            var value = await RenderFieldAsync(field, cancellationToken);
            if (value.Length > 0)
            {
                html.Append("<dt>").Append(Encode(field.Field.DisplayName)).Append("</dt>\n<dd>").Append(value).Append("</dd>\n");
            }
        }

        html.Append("</dl>\n");
    }

    private async Task<string> RenderFieldAsync(FieldContext field, CancellationToken cancellationToken)
    {
        var value = field.Value as JsonObject;
        switch (field.Field.FieldName)
        {
            case FieldKinds.ContentPicker:
                return await LinksAsync(value?["ContentItemIds"].AsStrings() ?? [], cancellationToken);
            case FieldKinds.Taxonomy:
                return await TermsAsync(value?["TaxonomyContentItemId"].AsString(), value?["TermContentItemIds"].AsStrings() ?? [], cancellationToken);
            case FieldKinds.Media:
                return string.Join(", ", (value?["Paths"].AsStrings() ?? []).Select(p =>
                    $"<a href=\"/media/{Encode(p)}\">{Encode(Path.GetFileName(p))}</a>"));
            default:
                return field.Accept(FieldValueHtml.Instance);
        }
    }

    private async Task<string> LinksAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var links = new List<string>();
        foreach (var id in ids)
        {
            var target = await contentManager.GetAsync(id, VersionOptions.Published, cancellationToken);
            if (target is not null)
            {
                var path = AutoroutePath.Of(target);
                links.Add(path is null ? Encode(target.DisplayText) : $"<a href=\"/{Encode(path)}\">{Encode(target.DisplayText)}</a>");
            }
        }

        return links.Count == 0 ? "" : "<ul>" + string.Concat(links.Select(l => $"<li>{l}</li>")) + "</ul>";
    }

    private async Task<string> TermsAsync(string? taxonomyId, IReadOnlyList<string> termIds, CancellationToken cancellationToken)
    {
        if (taxonomyId is null || termIds.Count == 0)
        {
            return "";
        }

        var taxonomy = await contentManager.GetAsync(taxonomyId, VersionOptions.Published, cancellationToken);
        var names = TaxonomyTerms.Flatten(taxonomy)
            .Where(t => termIds.Contains(t.ContentItemId))
            .Select(t => $"<li>{Encode(t.DisplayText)}</li>");
        return "<ul>" + string.Concat(names) + "</ul>";
    }

    private static string Encode(string? text) => ItemPage.Encoder.Encode(text ?? "");
}
