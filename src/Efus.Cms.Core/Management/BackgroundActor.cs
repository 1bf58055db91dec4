namespace Efus.Cms.Core.Management;

/// <summary>
/// Who a background job acts for, within its own scope: a job started from the admin outlives its request,
/// so <see cref="ICurrentUser"/> would see nobody; the job sets its starter here and every write it makes
/// (owner, author, audit entries) names that person instead of "system".
/// </summary>
public sealed class BackgroundActor
{
    public bool IsSet { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public void ActAs(string? userId, string? userName)
    {
        (UserId, UserName, IsSet) = (userId, userName, true);
    }
}
