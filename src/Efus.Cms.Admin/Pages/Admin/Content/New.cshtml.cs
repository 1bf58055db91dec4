using Efus.Cms.Admin.Content;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>A new item of a creatable type, owned by the editor: saved as a draft, published at once or scheduled.</summary>
public sealed class NewModel(IContentManager contentManager, IContentDefinitionManager definitionManager, ContentForm form, IUnitOfWork unitOfWork)
    : ContentEditorPageModel(contentManager, definitionManager, form, unitOfWork)
{
    [BindProperty]
    public string? ContentItemId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Item = await ContentManager.NewAsync(Type!.Name, cancellationToken);
        Item.Owner = UserId;
        return await ShowAsync([], cancellationToken);
    }

    protected override async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(cancellationToken);
        Type = Definitions.Type(RouteValue("type"));
        if (Type is null || !Type.TypeSettings.Creatable)
        {
            return NotFound();
        }

        return await Authorizer.CanAsync(User, ContentAction.Edit, Type.Name, UserId, cancellationToken) ? null : Denied();
    }

    protected override async Task<bool> MaySaveAsync(EditorSave save, CancellationToken cancellationToken) =>
        save == EditorSave.Draft || await Authorizer.CanAsync(User, ContentAction.Publish, Type!.Name, UserId, cancellationToken);

    /// <summary>A new item keeping the id the form was opened with, so bag rows and a retried save stay the same item.</summary>
    protected override async Task<ContentItem> FormBaseAsync(CancellationToken cancellationToken)
    {
        var item = await ContentManager.NewAsync(Type!.Name, cancellationToken);
        if (!string.IsNullOrEmpty(ContentItemId) && ContentItemId.Length <= 64 && ContentItemId.All(char.IsAsciiLetterOrDigit))
        {
            item.ContentItemId = ContentItemId;
        }

        item.Owner = UserId;
        return item;
    }

    protected override async Task<IActionResult> PersistAsync(ContentItem item, EditorSave save, CancellationToken cancellationToken)
    {
        try
        {
            var created = await ContentManager.CreateAsync(item, save == EditorSave.Publish, cancellationToken);
            Notify(save switch
            {
                EditorSave.Publish => T["« {0} » est créé et publié.", created.DisplayText ?? ""],
                EditorSave.Schedule => T["« {0} » est enregistré et sera publié le {1}.", created.DisplayText ?? "", EditorClock.Format(Core.Scheduling.PublishLater.ScheduledUtc(created))],
                _ => T["« {0} » est enregistré comme brouillon.", created.DisplayText ?? ""],
            });
            return LocalRedirect($"/admin/content/{Uri.EscapeDataString(created.ContentItemId)}/edit");
        }
        catch (InvalidContentOperationException)
        {
            return await ShowAsync([new ValidationError("", T["Ce contenu existe déjà : rechargez la page de création."])], cancellationToken, StatusCodes.Status400BadRequest);
        }
    }
}
