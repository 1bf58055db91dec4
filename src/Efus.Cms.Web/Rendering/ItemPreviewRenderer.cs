using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Rendering;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Web.Rendering;

/// <summary>The admin's preview: any version rendered by the public renderer inside the public layout.</summary>
public sealed class ItemPreviewRenderer(ItemHtmlRenderer renderer, IDocumentStore documents) : IContentPreviewRenderer
{
    public async Task<string> RenderPageAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var site = await documents.GetAsync(DocumentNames.Site, cancellationToken) ?? [];
        var siteName = (site as JsonObject)["SiteName"].AsString() ?? "Efus";
        var body = await renderer.RenderAsync(item, cancellationToken);
        return ItemPage.Layout(siteName, item.DisplayText ?? "", body);
    }
}
