using Efus.Cms.Admin.Comparison;
using Efus.Cms.Admin.Content;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Scheduling;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>
/// Editing an item: save a draft or publish, with the version id and revision posted back so that
/// a save based on a stale version is refused, explained, and the editor's input kept. The side
/// actions (unpublish, discard the draft, clone) are their own small forms.
/// </summary>
public sealed class EditModel(
    IContentManager contentManager,
    IContentDefinitionManager definitionManager,
    ContentForm form,
    IUnitOfWork unitOfWork,
    AdminClock clock,
    UserDirectory users,
    ContentComparer comparer,
    ContentTranslations translations,
    IPublicationSchedule schedule)
    : ContentEditorPageModel(contentManager, definitionManager, form, unitOfWork)
{
    public ContentItem? Latest { get; private set; }

    public bool HasPublished { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    /// <summary>Why the scheduled publication failed when it was due; cleared when the item is saved again.</summary>
    public string? ScheduleFailure { get; private set; }

    public string? OwnerName { get; private set; }

    public string? PublicPath { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanPreview { get; private set; }

    public bool CanClone { get; private set; }

    public bool CanDelete { get; private set; }

    public AdminClock Clock => clock;

    /// <summary>When the latest version is to be published (its PublishLaterPart), if scheduled.</summary>
    public DateTime? ScheduledUtc { get; private set; }

    public string? Culture { get; private set; }

    /// <summary>The item's other cultures (latest versions of its translation set).</summary>
    public IReadOnlyList<ContentItem> Translations { get; private set; } = [];

    /// <summary>The site's cultures this item has no version in yet.</summary>
    public IReadOnlyList<string> MissingCultures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Item = Latest;
        VersionId = Latest!.ContentItemVersionId;
        Revision = Latest.Revision;
        return await ShowAsync([], cancellationToken);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanPublish)
        {
            return Denied();
        }

        if (!HasPublished)
        {
            Notify(T["Ce contenu n’est pas publié."]);
            return EditPage(id);
        }

        await ContentManager.UnpublishAsync(id, cancellationToken);
        Notify(T["« {0} » n’est plus publié.", Latest!.DisplayText ?? ""]);
        return EditPage(id);
    }

    public async Task<IActionResult> OnPostDiscardDraftAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit)
        {
            return Denied();
        }

        try
        {
            await ContentManager.DiscardDraftAsync(id, cancellationToken);
            Notify(T["Le brouillon est abandonné : la version publiée est de nouveau la dernière."]);
        }
        catch (InvalidContentOperationException)
        {
            Notify(T["Il n’y a pas de brouillon à abandonner."]);
        }

        return EditPage(id);
    }

    public async Task<IActionResult> OnPostCloneAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanClone)
        {
            return Denied();
        }

        var copy = await ContentCopy.OfAsync(ContentManager, Latest!, UserId, cancellationToken);

        // A copy gets its own title, path and translation set; it starts as the editor's draft.
        var title = T["{0} (copie)", Latest!.DisplayText ?? ""];
        copy.GetOrCreatePart(WellKnownParts.Title)["Title"] = title;
        copy.DisplayText = title;
        copy.Part(WellKnownParts.Autoroute)?.Remove("Path");
        if (copy.Part(WellKnownParts.Localization) is { } localization)
        {
            // A translation set of its own at once, so the copy can be translated without a first save.
            localization["LocalizationSet"] = IdGenerator.NewId();
        }
        try
        {
            var created = await ContentManager.CreateAsync(copy, publish: false, cancellationToken);
            Notify(T["Copie créée comme brouillon : « {0} ».", created.DisplayText ?? ""]);
            return EditPage(created.ContentItemId);
        }
        catch (ContentValidationException invalid)
        {
            Notify(T["La copie n’a pas pu être créée : {0}", string.Join(" ; ", invalid.Errors.Select(e => Localization.ValidationMessages.Localize(e, T)))]);
            return EditPage(id);
        }
    }

    public async Task<IActionResult> OnPostCancelScheduleAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit || !CanPublish)
        {
            return Denied();
        }

        if (ScheduledUtc is null)
        {
            Notify(T["Ce contenu n’est pas programmé."]);
            return EditPage(id);
        }

        var unscheduled = Latest!.Clone();
        PublishLater.Cancel(unscheduled);
        try
        {
            await ContentManager.UpdateAsync(unscheduled, cancellationToken);
            Notify(T["La publication programmée de « {0} » est annulée.", Latest.DisplayText ?? ""]);
        }
        catch (ContentConflictException)
        {
            Notify(T["Ce contenu a été modifié entre-temps : vérifiez la programmation et recommencez."]);
        }

        return EditPage(id);
    }

    /// <summary>Orchard's "Localize": a draft in another culture of the site, in the same translation set, prefilled from this item.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, [FromForm(Name = "culture")] string? culture, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanClone || !await Authorizer.CanAsync(User, ContentAction.Edit, Latest!.ContentType, UserId, cancellationToken))
        {
            return Denied();
        }

        var existing = Translations.FirstOrDefault(t => ContentTranslations.CultureOf(t) == culture);
        if (existing is not null)
        {
            Notify(T["Ce contenu a déjà une version en {0}.", culture ?? ""]);
            return EditPage(existing.ContentItemId);
        }

        if (culture is null || !MissingCultures.Contains(culture))
        {
            Notify(T["Choisissez une langue du site dans laquelle ce contenu n’existe pas encore."]);
            return EditPage(id);
        }

        if (ContentTranslations.SetOf(Latest) is not { Length: > 0 })
        {
            Notify(T["Enregistrez d’abord ce contenu (cela lui donne un groupe de traductions), puis traduisez-le."]);
            return EditPage(id);
        }

        try
        {
            var created = await translations.CreateAsync(Latest, culture, UserId, cancellationToken);
            Notify(T["Traduction en {0} créée comme brouillon : traduisez le texte puis publiez.", culture]);
            return EditPage(created.ContentItemId);
        }
        catch (ContentValidationException invalid)
        {
            Notify(T["La traduction n’a pas pu être créée : {0}", string.Join(" ; ", invalid.Errors.Select(e => Localization.ValidationMessages.Localize(e, T)))]);
            return EditPage(id);
        }
    }

    protected override Task<IActionResult?> OpenAsync(CancellationToken cancellationToken) => LoadAsync(RouteValue("id"), cancellationToken);

    protected override Task<bool> MaySaveAsync(EditorSave save, CancellationToken cancellationToken) =>
        Task.FromResult(CanEdit && (save == EditorSave.Draft || CanPublish));

    protected override Task<ContentItem> FormBaseAsync(CancellationToken cancellationToken) => BaseVersionAsync(Latest!.ContentItemId, cancellationToken);

    protected override async Task<IActionResult> PersistAsync(ContentItem item, EditorSave save, CancellationToken cancellationToken)
    {
        var id = item.ContentItemId;
        await using (await UnitOfWork.BeginAsync(cancellationToken))
        {
            var saved = await ContentManager.UpdateAsync(item, cancellationToken);
            if (save == EditorSave.Publish)
            {
                await ContentManager.PublishAsync(id, cancellationToken);
            }

            await UnitOfWork.CommitAsync(cancellationToken);
            Notify(save switch
            {
                EditorSave.Publish => T["« {0} » est publié.", saved.DisplayText ?? ""],
                EditorSave.Schedule => T["« {0} » sera publié le {1}.", saved.DisplayText ?? "", clock.Format(PublishLater.ScheduledUtc(saved))],
                _ => T["Brouillon de « {0} » enregistré.", saved.DisplayText ?? ""],
            });
        }

        return EditPage(id);
    }

    /// <summary>
    /// Someone saved first: the form keeps everything the editor typed and now carries the other
    /// version's id and revision, so saving again is a deliberate choice to replace it.
    /// </summary>
    protected override async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        var id = Latest!.ContentItemId;
        var latest = await ContentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            Notify(T["Ce contenu a été supprimé par quelqu’un d’autre pendant que vous le modifiiez."]);
            return LocalRedirect("/admin/content");
        }

        await clock.ZoneAsync(cancellationToken);
        ConflictWith = latest;
        ConflictTime = clock.Format(latest.ModifiedUtc);
        // The version the editor started from may have been updated in place, so the useful comparison is their input against the stored version.
        ConflictFields = [.. (await comparer.CompareAsync(Item!, latest, Definitions, cancellationToken)).Where(c => c.Changed).Select(c => c.Label)];
        VersionId = latest.ContentItemVersionId;
        Revision = latest.Revision;
        Item!.Revision = latest.Revision;
        return await ShowAsync([], cancellationToken, StatusCodes.Status409Conflict);
    }

    /// <summary>The version the posted form was based on; the latest when the posted id is unknown.</summary>
    private async Task<ContentItem> BaseVersionAsync(string id, CancellationToken cancellationToken)
    {
        var version = string.IsNullOrEmpty(VersionId) ? null : await ContentManager.GetVersionAsync(VersionId, cancellationToken);
        return version is not null && version.ContentItemId == id ? version : Latest!;
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(cancellationToken);
        await clock.ZoneAsync(cancellationToken);
        Latest = await ContentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        Type = Latest is null ? null : Definitions.Type(Latest.ContentType);
        if (Latest is null || Type is null)
        {
            return NotFound();
        }

        var published = Latest.Published ? Latest : await ContentManager.GetAsync(id, VersionOptions.Published, cancellationToken);
        HasPublished = published is not null;
        PublishedUtc = published?.PublishedUtc;
        PublicPath = AutoroutePath.Of(published ?? Latest);
        OwnerName = await users.NameOfAsync(Latest.Owner);
        CanEdit = await Authorizer.CanAsync(User, ContentAction.Edit, Latest, cancellationToken);
        CanSave = CanEdit;
        CanPreview = await Authorizer.CanAsync(User, ContentAction.Preview, Latest, cancellationToken);
        CanClone = await Authorizer.CanAsync(User, ContentAction.Clone, Latest, cancellationToken);
        CanDelete = await Authorizer.CanAsync(User, ContentAction.Delete, Latest, cancellationToken);
        CanPublish = await Authorizer.CanAsync(User, ContentAction.Publish, Latest, cancellationToken);
        ScheduledUtc = Latest.Published ? null : PublishLater.ScheduledUtc(Latest);
        ScheduleFailure = ScheduledUtc is null ? null : (await schedule.GetAsync(id, cancellationToken))?.Failure;
        Culture = ContentTranslations.CultureOf(Latest);
        if (Type.HasPart(WellKnownParts.Localization))
        {
            Translations = await translations.OthersAsync(Latest, cancellationToken);
            var present = Translations.Select(ContentTranslations.CultureOf).Append(Culture).ToHashSet();
            MissingCultures = [.. (await FormService.SupportedCulturesAsync(cancellationToken)).Where(c => !present.Contains(c))];
        }

        return CanEdit || CanPreview ? null : Denied();
    }

    private LocalRedirectResult EditPage(string id) => LocalRedirect($"/admin/content/{Uri.EscapeDataString(id)}/edit");
}
