using Efus.Cms.Admin.Localization;
using Efus.Cms.Core.Media;

namespace Efus.Cms.Admin.Media;

/// <summary>Why an upload was refused, in words an editor understands (French, or English through the catalog).</summary>
public static class MediaMessages
{
    public static string Describe(MediaUpload upload, AdminText text, long maxBytes)
    {
        var name = upload.OriginalName;
        return upload.Check.Rejection switch
        {
            MediaRejection.Empty => text["« {0} » est vide.", name],
            MediaRejection.TooLarge => text["« {0} » dépasse la taille permise ({1}).", name, Size(maxBytes)],
            MediaRejection.InvalidName => text["Le nom « {0} » ne contient aucun caractère utilisable : renommez le fichier.", name],
            MediaRejection.UnknownContent => text["« {0} » n’est ni un PDF ni une image JPEG, PNG, WebP, GIF ou SVG (son contenu a été vérifié).", name],
            MediaRejection.ExtensionMismatch => text["L’extension de « {0} » ne correspond pas à son contenu ({1}) : renommez le fichier avec la bonne extension.", name, upload.Check.Detail ?? ""],
            MediaRejection.UnsafeSvg => text["« {0} » est un SVG qui contient du script, des gestionnaires d’événements ou des références externes : il est refusé.", name],
            MediaRejection.InvalidFolder => text["Ce dossier n’existe pas."],
            _ => text["« {0} » est refusé.", name],
        };
    }

    /// <summary>A size for people: "850 Ko", "12,5 Mo".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} o",
        < 1024 * 1024 => $"{bytes / 1024} Ko",
        _ => string.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), $"{bytes / (1024d * 1024):0.#} Mo"),
    };
}
