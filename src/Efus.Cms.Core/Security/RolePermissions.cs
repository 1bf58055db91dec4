using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Security;

/// <summary>The Roles document as each role (name case-insensitive) and its permissions; kept per node by <see cref="DocumentCache{T}"/>.</summary>
public sealed class RolePermissions : IParsedDocument<RolePermissions>
{
    private RolePermissions(IReadOnlyDictionary<string, IReadOnlySet<string>> byRole) => ByRole = byRole;

    public static string DocumentName => DocumentNames.Roles;

    public IReadOnlyDictionary<string, IReadOnlySet<string>> ByRole { get; }

    // Orchard's stored shape: {"Roles":[{"RoleName","RoleClaims":[{"ClaimType":"Permission","ClaimValue"}]}]}.
    public static RolePermissions Parse(JsonObject? document)
    {
        var roles = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in (document?["Roles"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = role["RoleName"].AsString();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            roles[name] = (role["RoleClaims"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(c => c["ClaimType"].AsString() == "Permission")
                .Select(c => c["ClaimValue"].AsString())
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }

        return new RolePermissions(roles);
    }
}
