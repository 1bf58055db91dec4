using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data;
using Efus.Cms.Recipes;
using Efus.Cms.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Web.Setup;

/// <summary>
/// First start: migrate the database; on an empty database run the setup recipe; make sure an
/// administrator exists. A second start changes nothing.
/// </summary>
public sealed class SiteSetup(
    CmsOptions options,
    IDocumentStore documents,
    IContentStore contentStore,
    IUnitOfWork unitOfWork,
    RecipeReader reader,
    RecipeExecutor executor,
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    PermissionService permissions,
    IHostEnvironment environment,
    ILogger<SiteSetup> logger)
{
    public const string AdministratorRole = "Administrator";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            await roles.EnsureAsync([AdministratorRole]);
            var admin = await EnsureAdministratorAsync();
            if (await IsEmptyAsync(cancellationToken) && !string.Equals(options.Setup.Recipe, "none", StringComparison.OrdinalIgnoreCase))
            {
                var path = ResolveRecipePath(options.Setup.Recipe);
                logger.LogInformation("Empty database: running the setup recipe {Recipe}", path);
                var recipe = await reader.ReadFileAsync(path, cancellationToken);
                await executor.ExecuteAsync(recipe, new RecipeExecutionOptions
                {
                    Parameters = new Dictionary<string, string>
                    {
                        ["AdminUserId"] = admin.Id,
                        ["AdminUsername"] = admin.UserName ?? options.Setup.AdminUserName,
                        ["SiteName"] = recipe.DisplayName ?? "Efus",
                    },
                }, cancellationToken);
            }

            // Membership rows for the recipe's roles, so accounts can be given them straight away.
            await roles.EnsureAsync(await permissions.AssignableRolesAsync(cancellationToken));
            await unitOfWork.CommitAsync(cancellationToken);
        }
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var names = await documents.ListNamesAsync(cancellationToken);
        var content = await contentStore.QueryAsync(new ContentQuery { Status = ContentStatus.All, Take = 1 }, cancellationToken);
        return names.Count == 0 && content.Total == 0;
    }

    private async Task<IdentityUser> EnsureAdministratorAsync()
    {
        var existing = await users.FindByNameAsync(options.Setup.AdminUserName);
        if (existing is not null)
        {
            return existing;
        }

        var generated = string.IsNullOrEmpty(options.Setup.AdminPassword);
        var password = generated ? PasswordGenerator.Generate() : options.Setup.AdminPassword!;
        var admin = new IdentityUser(options.Setup.AdminUserName) { Email = options.Setup.AdminEmail, EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password), $"create the administrator '{options.Setup.AdminUserName}'");
        Check(await users.AddToRoleAsync(admin, AdministratorRole), "give the administrator its role");
        if (generated)
        {
            // Printed once, on the console only: it is stored hashed and never logged.
            Console.WriteLine($"Administrator account '{admin.UserName}' created. Password (shown once, change it after logging in): {password}");
        }

        return admin;
    }

    private string ResolveRecipePath(string recipe)
    {
        if (Path.IsPathRooted(recipe))
        {
            return recipe;
        }

        string[] roots = [Directory.GetCurrentDirectory(), environment.ContentRootPath, AppContext.BaseDirectory];
        foreach (var root in roots)
        {
            for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, recipe);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"The setup recipe '{recipe}' was not found (Cms:Setup:Recipe).", recipe);
    }

    private static void Check(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {action}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
