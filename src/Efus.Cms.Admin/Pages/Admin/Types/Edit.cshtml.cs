using Efus.Cms.Admin.Types;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Types;

/// <summary>A type's fields: add one, move them up or down (plain forms), links to their settings and to remove them.</summary>
public sealed class EditModel : TypesPageModel
{
    public ContentTypeDefinition? Type { get; private set; }

    public IReadOnlyList<ContentPartFieldDefinition> Fields => Type is null ? [] : Definitions.Part(Type.Name)?.Fields ?? [];

    [BindProperty]
    public string? NewPart { get; set; }

    [BindProperty]
    public string? NewFieldKind { get; set; }

    [BindProperty]
    public string? NewFieldName { get; set; }

    [BindProperty]
    public string? NewFieldDisplayName { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(string name, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var change = ContentTypeChanges.AddField(Definitions, Type!, NewFieldKind, NewFieldName, NewFieldDisplayName);
        return await ApplyAsync(change, T["Le champ « {0} » est ajouté.", NewFieldName?.Trim() ?? ""], $"/admin/types/{name}", cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(string name, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var change = ContentTypeChanges.AttachPart(Definitions, Type!, NewPart);
        return await ApplyAsync(change, T["La partie « {0} » est ajoutée.", NewPart ?? ""], $"/admin/types/{name}", cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string name, string field, string? direction, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var change = ContentTypeChanges.MoveField(Definitions, Type!, field, direction == "up" ? -1 : 1);
        return await ApplyAsync(change, T["L’ordre des champs est enregistré."], $"/admin/types/{name}", cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Type = Definitions.Type(name);
        StampedType = Type;
        return Type is null ? NotFound() : null;
    }
}
