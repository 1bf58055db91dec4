using System.Text.RegularExpressions;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Validation;

namespace Efus.Cms.Admin.Localization;

/// <summary>The content validator speaks English; the editor reads its messages in French unless they chose English.</summary>
public static partial class ValidationMessages
{
    public static string Localize(ValidationError error, AdminText text)
    {
        if (AdminCultures.IsEnglish)
        {
            return error.Message;
        }

        var message = error.Message;
        EditorMessage? french = message switch
        {
            _ when Required().Match(message) is { Success: true } => new("Ce champ est obligatoire."),
            _ when PathTaken().Match(message) is { Success: true } m => new("Le chemin « {0} » est déjà utilisé par un autre contenu.", m.Groups[1].Value),
            _ when InvalidPath().Match(message) is { Success: true } m => new("« {0} » n’est pas un chemin valide : lettres, chiffres, « - », « _ » et « . », segments séparés par « / ».", m.Groups[1].Value),
            _ when InvalidLink().Match(message) is { Success: true } m => new("« {0} » n’est pas un lien valide : il doit commencer par https://, http://, mailto: ou /.", m.Groups[1].Value),
            _ when BelowMinimum().Match(message) is { Success: true } m => new("{0} est inférieur au minimum ({1}).", m.Groups[1].Value, m.Groups[2].Value),
            _ when AboveMaximum().Match(message) is { Success: true } m => new("{0} est supérieur au maximum ({1}).", m.Groups[1].Value, m.Groups[2].Value),
            _ when InvalidDate().Match(message) is { Success: true } m => new("« {0} » n’est pas une date.", m.Groups[1].Value),
            _ when MediaPath().Match(message) is { Success: true } m => new("Le chemin de média « {0} » doit être relatif à la médiathèque, sans « .. » ni « \\ ».", m.Groups[1].Value),
            _ => null,
        };
        return french is null ? message : text.Message(french);
    }

    [GeneratedRegex(@" is required$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^the path '(.*)' is already used by content item")]
    private static partial Regex PathTaken();

    [GeneratedRegex(@"^'(.*)' is not a valid path")]
    private static partial Regex InvalidPath();

    [GeneratedRegex(@"^'(.*)' is not a valid link")]
    private static partial Regex InvalidLink();

    [GeneratedRegex(@"^(\S+) is below the minimum (\S+)$")]
    private static partial Regex BelowMinimum();

    [GeneratedRegex(@"^(\S+) is above the maximum (\S+)$")]
    private static partial Regex AboveMaximum();

    [GeneratedRegex(@"^'(.*)' is not a date")]
    private static partial Regex InvalidDate();

    [GeneratedRegex(@"^media path '(.*)' must be relative")]
    private static partial Regex MediaPath();
}
