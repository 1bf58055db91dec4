using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Rendering;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>
/// A draft (or any version) as the public site will show it, rendered by the public renderer, with
/// a banner saying it is a preview. Served under /admin: never cached, scripts forbidden by the admin's policy.
/// </summary>
public sealed class PreviewModel(IContentManager contentManager, IContentPreviewRenderer renderer) : AdminPageModel
{
    public async Task<IActionResult> OnGetAsync(string id, string? version, CancellationToken cancellationToken)
    {
        var item = string.IsNullOrEmpty(version)
            ? await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken)
            : await contentManager.GetVersionAsync(version, cancellationToken);
        if (item is null || item.ContentItemId != id)
        {
            return NotFound();
        }

        if (!await Authorizer.CanAsync(User, ContentAction.Preview, item, cancellationToken))
        {
            return Denied();
        }

        var html = await renderer.RenderPageAsync(item, cancellationToken);
        var state = item.Published ? T["version publiée"] : item.Latest ? T["brouillon"] : T["ancienne version"];
        var banner = $"<p role=\"note\" style=\"margin:0;padding:.5rem 1rem;background:#fff3cd;color:#3d2e00;border-bottom:2px solid #8a6d00;font-family:sans-serif\">"
            + System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(T["Prévisualisation ({0}) — cette page n’est pas visible du public telle quelle.", state]) + "</p>";
        var bodyAt = html.IndexOf("<body>", StringComparison.OrdinalIgnoreCase);
        html = bodyAt < 0 ? banner + html : html.Insert(bodyAt + "<body>".Length, "\n" + banner);
        return Content(html, "text/html; charset=utf-8");
    }
}
