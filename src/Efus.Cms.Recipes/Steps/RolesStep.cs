using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>Roles</c> step: <c>Roles</c> is an array of <c>{Name, Description, Permissions[]}</c>. A
/// missing role is created; an existing one (name compared case-insensitively) gets the description and
/// its whole permission list replaced. The "Roles" document keeps Orchard's shape:
/// <c>{"Roles":[{"RoleName","NormalizedRoleName","RoleDescription","RoleClaims":[{"ClaimType":"Permission","ClaimValue"}]}]}</c>.
/// </summary>
public sealed class RolesStep(IDocumentStore documents) : IRecipeStep
{
    public const string PermissionClaimType = "Permission";

    public string Name => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var imported = context.Array("Roles", out var rolesPath)
            ?? throw new RecipeStepException(rolesPath, "a Roles step needs a 'Roles' array");
        var document = await documents.GetAsync(DocumentNames.Roles, context.CancellationToken) ?? [];
        if (document["Roles"] is not JsonArray roles)
        {
            roles = [];
            document["Roles"] = roles;
        }

        for (var i = 0; i < imported.Count; i++)
        {
            var path = JsonPaths.Index(rolesPath, i);
            if (imported[i] is not JsonObject json)
            {
                throw new RecipeStepException(path, "a role must be an object with a 'Name'");
            }

            var name = RecipeStepContext.StringOf(json, "Name", path);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeStepException(JsonPaths.Property(path, "Name"), "a role needs a 'Name'");
            }

            var description = RecipeStepContext.StringOf(json, "Description", path);
            var permissions = Permissions(json, path);
            var normalized = name.ToUpperInvariant();
            var role = roles.OfType<JsonObject>().FirstOrDefault(r => r["NormalizedRoleName"]?.GetValue<string>() == normalized);
            if (role is null)
            {
                role = new JsonObject { ["RoleName"] = name, ["NormalizedRoleName"] = normalized };
                roles.Add(role);
            }

            role["RoleDescription"] = description;
            var claims = role["RoleClaims"] as JsonArray ?? [];
            var kept = claims.OfType<JsonObject>().Where(c => c["ClaimType"]?.GetValue<string>() != PermissionClaimType).Select(c => c.DeepClone());
            role["RoleClaims"] = new JsonArray([.. kept, .. permissions.Select(p => (JsonNode)new JsonObject { ["ClaimType"] = PermissionClaimType, ["ClaimValue"] = p })]);
        }

        await documents.SaveAsync(DocumentNames.Roles, document, context.CancellationToken);
    }

    private static List<string> Permissions(JsonObject role, string path)
    {
        var (value, permissionsPath) = RecipeStepContext.PropertyOf(role, "Permissions", path);
        if (value is null)
        {
            return [];
        }

        if (value is not JsonArray array || array.Any(p => p is not JsonValue v || !v.TryGetValue<string>(out _)))
        {
            throw new RecipeStepException(permissionsPath, "'Permissions' must be an array of permission names");
        }

        return [.. array.Select(p => p!.GetValue<string>()).Distinct(StringComparer.Ordinal)];
    }
}
