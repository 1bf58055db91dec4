namespace Efus.Cms.Core.Management;

/// <summary>The actor of changes made by setup, recipes run from the command line and background work (unless the job acts for someone).</summary>
public sealed class SystemUser(BackgroundActor actor) : ICurrentUser
{
    public string? UserId => actor.IsSet ? actor.UserId : null;

    public string? UserName => actor.IsSet ? actor.UserName : "system";
}
