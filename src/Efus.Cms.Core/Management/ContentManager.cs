using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Events;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;

namespace Efus.Cms.Core.Management;

public sealed class ContentManager(
    IContentStore store,
    IContentDefinitionManager definitionManager,
    ContentItemPreparer preparer,
    ContentItemValidator validator,
    IEnumerable<IContentEventHandler> handlers,
    ICurrentUser currentUser,
    TimeProvider clock) : IContentManager
{
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        if (definitions.Type(contentType) is null)
        {
            throw new ContentValidationException("", [new("ContentType", $"the content type '{contentType}' is not defined")]);
        }

        return new ContentItem { ContentItemId = IdGenerator.NewId(), ContentItemVersionId = IdGenerator.NewId(), ContentType = contentType };
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        store.GetAsync(contentItemId, options, cancellationToken);

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        store.GetVersionAsync(contentItemVersionId, cancellationToken);

    public Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        store.GetVersionsAsync(contentItemId, cancellationToken);

    public Task<ContentItem?> GetByPathAsync(string path, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        store.GetByPathAsync(AutoroutePath.Normalize(path), options, cancellationToken);

    public Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default) =>
        store.QueryAsync(query, cancellationToken);

    public async Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var now = Now();
        var created = item.Clone();
        created.ContentItemId = string.IsNullOrEmpty(created.ContentItemId) ? IdGenerator.NewId() : created.ContentItemId;
        created.ContentItemVersionId = string.IsNullOrEmpty(created.ContentItemVersionId) ? IdGenerator.NewId() : created.ContentItemVersionId;
        if (await store.GetAsync(created.ContentItemId, VersionOptions.Latest, cancellationToken) is not null)
        {
            throw new InvalidContentOperationException($"Content item '{created.ContentItemId}' already exists.");
        }

        created.CreatedUtc = now;
        created.ModifiedUtc = now;
        created.Owner ??= currentUser.UserId;
        created.Author = currentUser.UserName;
        created.Latest = true;
        created.Published = publish;
        created.PublishedUtc = publish ? now : null;
        created.Revision = 0;
        if (publish)
        {
            Scheduling.PublishLater.Cancel(created);
        }

        await PrepareAndValidateAsync(created, definitions, cancellationToken);
        await store.CommitAsync(new(created.ContentItemId, [created], [], IndexingTaskType.Update), cancellationToken);
        await RaiseAsync(ContentEventKind.Created, created, cancellationToken);
        if (publish)
        {
            await RaiseAsync(ContentEventKind.Published, created, cancellationToken);
        }

        return created;
    }

    public async Task<ContentItem> UpdateAsync(ContentItem edited, CancellationToken cancellationToken = default)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var baseVersion = await store.GetVersionAsync(edited.ContentItemVersionId, cancellationToken)
            ?? throw new ContentNotFoundException(edited.ContentItemVersionId);
        if (!baseVersion.Latest || baseVersion.Revision != edited.Revision || baseVersion.ContentItemId != edited.ContentItemId)
        {
            throw new ContentConflictException(edited.ContentItemId);
        }

        var type = definitions.Type(baseVersion.ContentType);
        var startsDraft = baseVersion.Published && type?.TypeSettings.Draftable == true;
        var saved = edited.Clone();
        saved.ContentType = baseVersion.ContentType;
        saved.CreatedUtc = baseVersion.CreatedUtc;
        saved.Owner = baseVersion.Owner;
        saved.Author = currentUser.UserName ?? baseVersion.Author;
        saved.ModifiedUtc = Now();
        saved.Latest = true;
        List<ContentItem> saves = [saved];
        if (startsDraft)
        {
            saved.ContentItemVersionId = IdGenerator.NewId();
            saved.Published = false;
            saved.PublishedUtc = baseVersion.PublishedUtc;
            saved.Revision = 0;
            baseVersion.Latest = false;
            saves.Add(baseVersion);
        }
        else
        {
            saved.Published = baseVersion.Published;
            saved.PublishedUtc = baseVersion.PublishedUtc;
        }

        await PrepareAndValidateAsync(saved, definitions, cancellationToken);
        await store.CommitAsync(new(saved.ContentItemId, saves, [], IndexingTaskType.Update), cancellationToken);
        await RaiseAsync(ContentEventKind.Updated, saved, cancellationToken);
        return saved;
    }

    public async Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var latest = await RequireAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest.Published)
        {
            return latest;
        }

        await PrepareAndValidateAsync(latest, definitions, cancellationToken);
        var previous = await store.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        var versionable = definitions.Type(latest.ContentType)?.TypeSettings.Versionable == true;
        List<ContentItem> saves = [];
        List<ContentItem> deletes = [];
        if (previous is not null)
        {
            previous.Published = false;
            (versionable ? saves : deletes).Add(previous);
        }

        // As Orchard's PublishLaterPartHandler: a published version is no longer scheduled.
        Scheduling.PublishLater.Cancel(latest);
        latest.Published = true;
        latest.PublishedUtc = Now();
        saves.Add(latest);
        await store.CommitAsync(new(contentItemId, saves, deletes, IndexingTaskType.Update), cancellationToken);
        await RaiseAsync(ContentEventKind.Published, latest, cancellationToken);
        return latest;
    }

    public async Task<ContentItem> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var published = await store.GetAsync(contentItemId, VersionOptions.Published, cancellationToken)
            ?? throw new InvalidContentOperationException($"Content item '{contentItemId}' is not published.");
        published.Published = false;
        await store.CommitAsync(new(contentItemId, [published], [], IndexingTaskType.Update), cancellationToken);
        await RaiseAsync(ContentEventKind.Unpublished, published, cancellationToken);
        return published;
    }

    public async Task<ContentItem> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var latest = await RequireAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        var published = await store.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (latest.Published || published is null)
        {
            throw new InvalidContentOperationException(latest.Published
                ? $"Content item '{contentItemId}' has no draft to discard."
                : $"Content item '{contentItemId}' was never published: delete it instead of discarding its draft.");
        }

        published.Latest = true;
        await store.CommitAsync(new(contentItemId, [published], [latest], IndexingTaskType.Update), cancellationToken);
        await RaiseAsync(ContentEventKind.DraftDiscarded, published, cancellationToken);
        return published;
    }

    public async Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = (await store.GetVersionsAsync(contentItemId, cancellationToken)).Where(v => v.Latest || v.Published).ToList();
        if (versions.Count == 0)
        {
            throw new ContentNotFoundException(contentItemId);
        }

        foreach (var version in versions)
        {
            version.Latest = false;
            version.Published = false;
        }

        await store.CommitAsync(new(contentItemId, versions, [], IndexingTaskType.Delete), cancellationToken);
        await RaiseAsync(ContentEventKind.Removed, versions[^1], cancellationToken);
    }

    public async Task<ImportSummary> ImportAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var seenVersions = new HashSet<string>(StringComparer.Ordinal);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var incoming in items)
        {
            var item = incoming.Clone();
            item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? IdGenerator.NewId() : item.ContentItemId;
            item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? IdGenerator.NewId() : item.ContentItemVersionId;
            if (!seenVersions.Add(item.ContentItemVersionId))
            {
                continue;
            }

            var now = Now();
            item.CreatedUtc ??= now;
            item.ModifiedUtc ??= now;
            if (item.Published)
            {
                item.PublishedUtc ??= now;
            }

            await PrepareAndValidateAsync(item, definitions, cancellationToken);
            var versions = await store.GetVersionsAsync(item.ContentItemId, cancellationToken);
            var existing = versions.FirstOrDefault(v => v.ContentItemVersionId == item.ContentItemVersionId);
            if (existing is not null && SameContent(existing, item))
            {
                unchanged++;
                continue;
            }

            var saves = new List<ContentItem>();
            foreach (var other in versions.Where(v => v.ContentItemVersionId != item.ContentItemVersionId))
            {
                var demote = (item.Latest && other.Latest) || (item.Published && other.Published);
                if (demote)
                {
                    other.Latest &= !item.Latest;
                    other.Published &= !item.Published;
                    saves.Add(other);
                }
            }

            item.Revision = existing?.Revision ?? 0;
            saves.Add(item);
            await store.CommitAsync(new(item.ContentItemId, saves, [], IndexingTaskType.Update), cancellationToken);
            await RaiseAsync(ContentEventKind.Imported, item, cancellationToken);
            if (existing is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        return new ImportSummary(created, updated, unchanged);
    }

    private async Task PrepareAndValidateAsync(ContentItem item, ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        preparer.Prepare(item, definitions);
        var errors = await validator.ValidateAsync(item, definitions, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(item.ContentItemId, errors);
        }
    }

    private static bool SameContent(ContentItem stored, ContentItem incoming)
    {
        static JsonObject Comparable(ContentItem item)
        {
            var json = ContentItemJson.ToJson(item);
            json.Remove(nameof(ContentItem.Latest));
            json.Remove(nameof(ContentItem.Published));
            return json;
        }

        return JsonNode.DeepEquals(Comparable(stored), Comparable(incoming))
            && stored.Latest == incoming.Latest && stored.Published == incoming.Published;
    }

    private async Task<ContentItem> RequireAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken) =>
        await store.GetAsync(contentItemId, options, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private async Task RaiseAsync(ContentEventKind kind, ContentItem item, CancellationToken cancellationToken)
    {
        var contentEvent = new ContentEvent(kind, item, currentUser.UserName);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(contentEvent, cancellationToken);
        }
    }
}
