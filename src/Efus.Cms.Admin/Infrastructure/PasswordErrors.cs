using Efus.Cms.Admin.Localization;
using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>Identity's password and user errors in the editor's language.</summary>
public static class PasswordErrors
{
    public static string Describe(IdentityError error, AdminText text) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => text["Le mot de passe actuel est incorrect."],
        nameof(IdentityErrorDescriber.PasswordTooShort) => text["Le mot de passe doit compter au moins 12 caractères."],
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => text["Le mot de passe doit contenir un chiffre."],
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => text["Le mot de passe doit contenir une minuscule."],
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => text["Le mot de passe doit contenir une majuscule."],
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => text["Le mot de passe doit contenir un symbole (par exemple ! ou -)."],
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => text["Le mot de passe doit contenir plus de caractères différents."],
        nameof(IdentityErrorDescriber.DuplicateUserName) => text["Ce nom d’utilisateur est déjà pris."],
        nameof(IdentityErrorDescriber.InvalidUserName) => text["Ce nom d’utilisateur contient des caractères non permis (lettres, chiffres, - . _ @ +)."],
        nameof(IdentityErrorDescriber.InvalidEmail) => text["Cette adresse électronique n’est pas valide."],
        _ => error.Description,
    };
}
