using Efus.Cms.Core.Fields;

namespace Efus.Cms.Admin.Types;

/// <summary>What the settings form offers for each field kind (Orchard's settings classes), and its French name.</summary>
public sealed record FieldKindInfo(string Kind, string Label, bool Required, bool Range, bool Multiple, bool Taxonomy, bool ContentTypes, bool CheckboxLabel)
{
    public static IReadOnlyList<FieldKindInfo> All { get; } =
    [
        new(FieldKinds.Text, "Texte", Required: true, false, false, false, false, false),
        new(FieldKinds.Html, "Texte mis en forme (HTML)", false, false, false, false, false, false),
        new(FieldKinds.Markdown, "Markdown", false, false, false, false, false, false),
        new(FieldKinds.Numeric, "Nombre", Required: true, Range: true, false, false, false, false),
        new(FieldKinds.Boolean, "Case à cocher", false, false, false, false, false, CheckboxLabel: true),
        new(FieldKinds.Date, "Date", Required: true, false, false, false, false, false),
        new(FieldKinds.DateTime, "Date et heure", Required: true, false, false, false, false, false),
        new(FieldKinds.Link, "Lien", Required: true, false, false, false, false, false),
        new(FieldKinds.ContentPicker, "Contenus liés", Required: true, false, Multiple: true, false, ContentTypes: true, false),
        new(FieldKinds.Media, "Médias", Required: true, false, Multiple: true, false, false, false),
        new(FieldKinds.Taxonomy, "Termes d’une taxonomie", Required: true, false, false, Taxonomy: true, false, false),
        new(FieldKinds.MultiText, "Choix multiple", Required: true, false, false, false, false, false),
    ];

    /// <summary>The settings object of this kind, e.g. <c>NumericFieldSettings</c>.</summary>
    public string SettingsGroup => Kind + "Settings";

    public static FieldKindInfo? Of(string kind) => All.FirstOrDefault(k => k.Kind == kind);
}
