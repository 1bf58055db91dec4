using Efus.Cms.Core.Content;
using Efus.Cms.Core.Scheduling;

namespace Efus.Cms.Admin.Types;

/// <summary>
/// The reusable parts staff may attach to a type (those the runtime gives behaviour to), with their French
/// labels, and those whose data others depend on (public addresses, translations), which cannot be
/// detached while the type has items.
/// </summary>
public static class ReusableParts
{
    public static IReadOnlyList<(string Name, string Label)> Attachable { get; } =
    [
        (WellKnownParts.Title, "Titre (TitlePart)"),
        (WellKnownParts.Autoroute, "Adresse publique (AutoroutePart)"),
        (WellKnownParts.HtmlBody, "Corps en texte mis en forme (HtmlBodyPart)"),
        (WellKnownParts.Localization, "Langue et traductions (LocalizationPart)"),
        (PublishLater.PartName, "Publication programmée (PublishLaterPart)"),
    ];

    /// <summary>Detaching these from a type with items would break links (addresses), translations or nested items.</summary>
    public static IReadOnlySet<string> HeldByData { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        WellKnownParts.Autoroute, WellKnownParts.Localization, WellKnownParts.Bag, WellKnownParts.Taxonomy, WellKnownParts.Term,
    };

    public static string? LabelOf(string partName) => Attachable.FirstOrDefault(p => p.Name == partName).Label;
}
