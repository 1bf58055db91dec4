using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Management;

/// <summary>Every read and write of content goes through here; writes are validated, versioned and raise events.</summary>
public interface IContentManager
{
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetByPathAsync(string path, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stores a new item as a draft, or published when <paramref name="publish"/> is true.</summary>
    Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an edit of the version the item was loaded as (its version id and revision). Editing a
    /// published version of a draftable type starts a new draft version; otherwise the version is updated.
    /// </summary>
    Task<ContentItem> UpdateAsync(ContentItem edited, CancellationToken cancellationToken = default);

    Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItem> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItem> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Orchard's version-aware, idempotent import (the recipe content step).</summary>
    Task<ImportSummary> ImportAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken = default);
}
