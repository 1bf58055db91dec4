using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Rendering;

/// <summary>
/// Port: renders any version of an item (a draft too) as the public site would show it, as a whole
/// HTML page. The host implements it with the public renderer; the admin's preview calls it.
/// </summary>
public interface IContentPreviewRenderer
{
    Task<string> RenderPageAsync(ContentItem item, CancellationToken cancellationToken = default);
}
