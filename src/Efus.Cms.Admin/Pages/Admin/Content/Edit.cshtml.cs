using Efus.Cms.Admin.Comparison;
using Efus.Cms.Admin.Content;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
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
    ContentComparer comparer)
    : ContentEditorPageModel(contentManager, definitionManager, form, unitOfWork)
{
    public ContentItem? Latest { get; private set; }

    public bool HasPublished { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public string? OwnerName { get; private set; }

    public string? PublicPath { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanPreview { get; private set; }

    public bool CanClone { get; private set; }

    public bool CanDelete { get; private set; }

    public AdminClock Clock => clock;

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

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken) => SaveAsync(id, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken) => SaveAsync(id, publish: true, cancellationToken);

    public async Task<IActionResult> OnPostBagAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var baseVersion = await BaseVersionAsync(id, cancellationToken);
        var (item, _) = ReadForm(baseVersion);
        FocusId = FormService.ApplyBagAction(item, Definitions, Request.Form["bagAction"].ToString());
        Item = item;
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

        var copy = await ContentManager.NewAsync(Latest!.ContentType, cancellationToken);
        foreach (var (name, part) in Latest.Parts)
        {
            copy.Parts[name] = part?.DeepClone();
        }

        // A copy gets its own title, path and translation set; it starts as the editor's draft.
        var title = T["{0} (copie)", Latest.DisplayText ?? ""];
        copy.GetOrCreatePart(WellKnownParts.Title)["Title"] = title;
        copy.DisplayText = title;
        copy.Part(WellKnownParts.Autoroute)?.Remove("Path");
        copy.Part(WellKnownParts.Localization)?.Remove("LocalizationSet");
        copy.Owner = UserId;
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

    private async Task<IActionResult> SaveAsync(string id, bool publish, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit || (publish && !CanPublish))
        {
            return Denied();
        }

        var baseVersion = await BaseVersionAsync(id, cancellationToken);
        var (item, problems) = ReadForm(baseVersion);
        Item = item;
        if (problems.Count > 0)
        {
            return await ShowAsync(problems, cancellationToken, StatusCodes.Status400BadRequest);
        }

        try
        {
            await using (await UnitOfWork.BeginAsync(cancellationToken))
            {
                var saved = await ContentManager.UpdateAsync(item, cancellationToken);
                if (publish)
                {
                    await ContentManager.PublishAsync(id, cancellationToken);
                }

                await UnitOfWork.CommitAsync(cancellationToken);
                Notify(publish ? T["« {0} » est publié.", saved.DisplayText ?? ""] : T["Brouillon de « {0} » enregistré.", saved.DisplayText ?? ""]);
            }

            return EditPage(id);
        }
        catch (ContentValidationException invalid)
        {
            return await ShowAsync(invalid.Errors, cancellationToken, StatusCodes.Status400BadRequest);
        }
        catch (ContentConflictException)
        {
            return await ConflictAsync(id, cancellationToken);
        }
    }

    /// <summary>
    /// Someone saved first: the form keeps everything the editor typed and now carries the other
    /// version's id and revision, so saving again is a deliberate choice to replace it.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(string id, CancellationToken cancellationToken)
    {
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
        Response.Headers["X-Efus-Conflict"] = "1";
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
        CanPreview = await Authorizer.CanAsync(User, ContentAction.Preview, Latest, cancellationToken);
        CanClone = await Authorizer.CanAsync(User, ContentAction.Clone, Latest, cancellationToken);
        CanDelete = await Authorizer.CanAsync(User, ContentAction.Delete, Latest, cancellationToken);
        CanPublish = await Authorizer.CanAsync(User, ContentAction.Publish, Latest, cancellationToken);
        return CanEdit || CanPreview ? null : Denied();
    }

    private LocalRedirectResult EditPage(string id) => LocalRedirect($"/admin/content/{Uri.EscapeDataString(id)}/edit");
}
