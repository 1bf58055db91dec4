using Efus.Cms.Admin.Localization;
using Efus.Cms.Core.Audit;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>The audit trail's actions as editors read them (the journal and the dashboard).</summary>
public static class AuditActionLabels
{
    public static string Of(string action, AdminText text) => action switch
    {
        AuditActions.Created => text["Créé"],
        AuditActions.Updated => text["Modifié"],
        AuditActions.Published => text["Publié"],
        AuditActions.Unpublished => text["Dépublié"],
        AuditActions.DraftDiscarded => text["Brouillon abandonné"],
        AuditActions.Removed => text["Supprimé"],
        AuditActions.Imported => text["Importé"],
        AuditActions.LoggedIn => text["Connexion"],
        AuditActions.LogInFailed => text["Échec de connexion"],
        AuditActions.LockedOut => text["Compte verrouillé"],
        AuditActions.LoggedOut => text["Déconnexion"],
        AuditActions.PasswordChanged => text["Mot de passe changé"],
        AuditActions.PasswordReset => text["Mot de passe réinitialisé"],
        AuditActions.UserCreated => text["Utilisateur créé"],
        AuditActions.UserRolesChanged => text["Rôles modifiés"],
        AuditActions.UserUnlocked => text["Compte déverrouillé"],
        AuditActions.RecipeImported => text["Recette importée"],
        AuditActions.MediaUploaded => text["Média téléversé"],
        AuditActions.MediaDeleted => text["Média supprimé"],
        AuditActions.MediaMoved => text["Média renommé ou déplacé"],
        AuditActions.MediaFolderCreated => text["Dossier de médias créé"],
        AuditActions.ScheduledPublicationFailed => text["Publication programmée échouée"],
        AuditActions.TokenCreated => text["Jeton d’API créé"],
        AuditActions.TokenRevoked => text["Jeton d’API révoqué"],
        _ => action,
    };
}
