using Efus.Cms.Admin.Types;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Types;

/// <summary>Removing a field asks first: the form and the API stop showing it; values already saved stay in the items' JSON.</summary>
public sealed class DeleteFieldModel : TypesPageModel
{
    public ContentTypeDefinition? Type { get; private set; }

    public ContentPartFieldDefinition? Field { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, string field, CancellationToken cancellationToken) =>
        await LoadAsync(name, field, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string name, string field, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, field, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var change = ContentTypeChanges.RemoveField(Definitions, Type!, field);
        return await ApplyAsync(change, T["Le champ « {0} » est retiré.", Field!.DisplayName], $"/admin/types/{name}", cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string name, string field, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Type = Definitions.Type(name);
        StampedType = Type;
        Field = Type is null ? null : Definitions.Part(Type.Name)?.Fields.FirstOrDefault(f => f.Name == field);
        return Field is null ? NotFound() : null;
    }
}
