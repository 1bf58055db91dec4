using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>User names for the owner ids shown in lists, looked up once per request.</summary>
public sealed class UserDirectory(UserManager<IdentityUser> users)
{
    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

    public async Task<string?> NameOfAsync(string? userId)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        if (!_names.TryGetValue(userId, out var name))
        {
            name = (await users.FindByIdAsync(userId))?.UserName;
            _names[userId] = name;
        }

        return name;
    }

    /// <summary>Every user, by name, for the owner filter.</summary>
    public IReadOnlyList<IdentityUser> All() => [.. users.Users.OrderBy(u => u.UserName).Take(500)];
}
