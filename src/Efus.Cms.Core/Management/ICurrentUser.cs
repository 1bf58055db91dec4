namespace Efus.Cms.Core.Management;

/// <summary>Who is making a change; the host provides it from the request or the command line.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? UserName { get; }
}
