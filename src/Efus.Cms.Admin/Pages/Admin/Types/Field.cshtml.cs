using Efus.Cms.Admin.Types;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Pages.Admin.Types;

/// <summary>A field's settings: its label, hint and, by kind, required, range, several values, its taxonomy or the types it may pick.</summary>
public sealed class FieldModel : TypesPageModel
{
    public ContentTypeDefinition? Type { get; private set; }

    public ContentPartFieldDefinition? Field { get; private set; }

    public FieldKindInfo? Kind { get; private set; }

    public IReadOnlyList<ContentItem> Taxonomies { get; private set; } = [];

    /// <summary>The form's values: the field's settings on GET, what was posted when refused.</summary>
    public FieldSettingsInput Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string name, string field, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, field, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var own = Kind!.SettingsGroup;
        Input = new FieldSettingsInput
        {
            DisplayName = Field!.DisplayName,
            Hint = Field.Setting(own, "Hint").AsString() ?? Field.Setting("ContentPartFieldSettings", "Hint").AsString(),
            Required = Field.Setting(own, "Required").AsBool() ?? false,
            Searchable = Field.Setting(ContentTypeChanges.SearchSettings, "Included").AsBool() ?? false,
            Minimum = Number(Field.Setting(own, "Minimum")),
            Maximum = Number(Field.Setting(own, "Maximum")),
            Scale = Number(Field.Setting(own, "Scale")),
            Multiple = Field.Setting(own, "Multiple").AsBool() ?? false,
            TaxonomyContentItemId = Field.Setting(own, "TaxonomyContentItemId").AsString(),
            Unique = Field.Setting(own, "Unique").AsBool() ?? false,
            Label = Field.Setting(own, "Label").AsString(),
            DisplayedContentTypes = Field.Setting(own, "DisplayedContentTypes").AsStrings(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string field, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, field, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var form = Request.Form;
        Input = new FieldSettingsInput
        {
            DisplayName = form["DisplayName"],
            Hint = form["Hint"],
            Required = form["Required"] == "true",
            Searchable = form["Searchable"] == "true",
            Minimum = form["Minimum"],
            Maximum = form["Maximum"],
            Scale = form["Scale"],
            Multiple = form["Multiple"] == "true",
            TaxonomyContentItemId = form["TaxonomyContentItemId"],
            Unique = form["Unique"] == "true",
            Label = form["Label"],
            DisplayedContentTypes = [.. form["DisplayedContentTypes"].OfType<string>()],
        };
        var change = ContentTypeChanges.UpdateField(Definitions, Type!, field, Input);
        return await ApplyAsync(change, T["Les paramètres de « {0} » sont enregistrés.", Input.DisplayName?.Trim() ?? field], $"/admin/types/{name}", cancellationToken) ?? Page();
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
        Kind = Field is null ? null : FieldKindInfo.Of(Field.FieldName);
        if (Kind is null)
        {
            return NotFound();
        }

        if (Kind.Taxonomy)
        {
            Taxonomies = await HttpContext.RequestServices.GetRequiredService<Efus.Cms.Admin.Taxonomies.TaxonomyService>().ListAsync(cancellationToken);
        }

        return null;
    }

    private static string? Number(System.Text.Json.Nodes.JsonNode? node) =>
        node.AsDecimal()?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
