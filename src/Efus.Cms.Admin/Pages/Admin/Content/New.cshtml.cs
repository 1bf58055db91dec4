using Efus.Cms.Admin.Content;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>A new item of a creatable type, owned by the editor: saved as a draft or published at once.</summary>
public sealed class NewModel(IContentManager contentManager, IContentDefinitionManager definitionManager, ContentForm form, IUnitOfWork unitOfWork)
    : ContentEditorPageModel(contentManager, definitionManager, form, unitOfWork)
{
    [BindProperty]
    public string? ContentItemId { get; set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(type, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Item = await ContentManager.NewAsync(Type!.Name, cancellationToken);
        Item.Owner = UserId;
        return await ShowAsync([], cancellationToken);
    }

    public Task<IActionResult> OnPostSaveAsync(string type, CancellationToken cancellationToken) => SaveAsync(type, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string type, CancellationToken cancellationToken) => SaveAsync(type, publish: true, cancellationToken);

    public async Task<IActionResult> OnPostBagAsync(string type, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(type, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var (item, _) = ReadForm(await BlankAsync(cancellationToken));
        FocusId = FormService.ApplyBagAction(item, Definitions, Request.Form["bagAction"].ToString());
        Item = item;
        return await ShowAsync([], cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(string type, bool publish, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(type, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (publish && !await Authorizer.CanAsync(User, ContentAction.Publish, Type!.Name, UserId, cancellationToken))
        {
            return Denied();
        }

        var (item, problems) = ReadForm(await BlankAsync(cancellationToken));
        Item = item;
        if (problems.Count > 0)
        {
            return await ShowAsync(problems, cancellationToken, StatusCodes.Status400BadRequest);
        }

        try
        {
            var created = await ContentManager.CreateAsync(item, publish, cancellationToken);
            Notify(publish ? T["« {0} » est créé et publié.", created.DisplayText ?? ""] : T["« {0} » est enregistré comme brouillon.", created.DisplayText ?? ""]);
            return LocalRedirect($"/admin/content/{Uri.EscapeDataString(created.ContentItemId)}/edit");
        }
        catch (ContentValidationException invalid)
        {
            return await ShowAsync(invalid.Errors, cancellationToken, StatusCodes.Status400BadRequest);
        }
        catch (InvalidContentOperationException)
        {
            return await ShowAsync([new ValidationError("", T["Ce contenu existe déjà : rechargez la page de création."])], cancellationToken, StatusCodes.Status400BadRequest);
        }
    }

    private async Task<IActionResult?> PrepareAsync(string type, CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(cancellationToken);
        Type = Definitions.Type(type);
        if (Type is null || !Type.TypeSettings.Creatable)
        {
            return NotFound();
        }

        return await Authorizer.CanAsync(User, ContentAction.Edit, Type.Name, UserId, cancellationToken) ? null : Denied();
    }

    /// <summary>A new item keeping the id the form was opened with, so bag rows and a retried save stay the same item.</summary>
    private async Task<Core.Content.ContentItem> BlankAsync(CancellationToken cancellationToken)
    {
        var item = await ContentManager.NewAsync(Type!.Name, cancellationToken);
        if (!string.IsNullOrEmpty(ContentItemId) && ContentItemId.Length <= 64 && ContentItemId.All(char.IsAsciiLetterOrDigit))
        {
            item.ContentItemId = ContentItemId;
        }

        item.Owner = UserId;
        return item;
    }
}
