using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;

namespace Efus.Cms.Admin.Content;

/// <summary>A new draft carrying a copy of every part of a source item (what clone and translate start from).</summary>
public static class ContentCopy
{
    public static async Task<ContentItem> OfAsync(IContentManager contentManager, ContentItem source, string? owner, CancellationToken cancellationToken)
    {
        var copy = await contentManager.NewAsync(source.ContentType, cancellationToken);
        foreach (var (name, part) in source.Parts)
        {
            copy.Parts[name] = part?.DeepClone();
        }

        copy.DisplayText = source.DisplayText;
        copy.Owner = owner;
        // A copy is not scheduled: its editor decides when it goes out.
        Core.Scheduling.PublishLater.Cancel(copy);
        return copy;
    }
}
