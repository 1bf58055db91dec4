using Efus.Cms.Core.Events;

namespace Efus.Cms.Core.Audit;

/// <summary>The actions the audit trail records, as stored.</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string DraftDiscarded = "DraftDiscarded";
    public const string Removed = "Removed";
    public const string Imported = "Imported";
    public const string LoggedIn = "LoggedIn";
    public const string LogInFailed = "LogInFailed";
    public const string LockedOut = "LockedOut";
    public const string LoggedOut = "LoggedOut";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordReset = "PasswordReset";
    public const string UserCreated = "UserCreated";
    public const string UserRolesChanged = "UserRolesChanged";
    public const string UserUnlocked = "UserUnlocked";
    public const string RecipeImported = "RecipeImported";
    public const string MediaUploaded = "MediaUploaded";
    public const string MediaDeleted = "MediaDeleted";
    public const string MediaMoved = "MediaMoved";
    public const string MediaFolderCreated = "MediaFolderCreated";
    public const string ScheduledPublicationFailed = "ScheduledPublicationFailed";
    public const string TokenCreated = "TokenCreated";
    public const string TokenRevoked = "TokenRevoked";

    /// <summary>The actions on content items, in the order lists show them.</summary>
    public static IReadOnlyList<string> ContentActions { get; } = [Created, Updated, Published, Unpublished, DraftDiscarded, Removed, Imported];

    public static IReadOnlyList<string> All { get; } =
    [
        .. ContentActions,
        LoggedIn, LogInFailed, LockedOut, LoggedOut, PasswordChanged, PasswordReset, UserCreated, UserRolesChanged, UserUnlocked,
        RecipeImported, ScheduledPublicationFailed,
        MediaUploaded, MediaDeleted, MediaMoved, MediaFolderCreated,
        TokenCreated, TokenRevoked,
    ];

    public static string Of(ContentEventKind kind) => kind switch
    {
        ContentEventKind.Created => Created,
        ContentEventKind.Updated => Updated,
        ContentEventKind.Published => Published,
        ContentEventKind.Unpublished => Unpublished,
        ContentEventKind.DraftDiscarded => DraftDiscarded,
        ContentEventKind.Removed => Removed,
        ContentEventKind.Imported => Imported,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown content event."),
    };
}
