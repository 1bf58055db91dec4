namespace Efus.Cms.Core.Management;

/// <summary>The actor of changes made by setup, recipes run from the command line and background work.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public string? UserName => "system";
}
