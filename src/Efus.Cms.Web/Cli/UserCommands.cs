using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security;
using Efus.Cms.Admin.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Web.Cli;

/// <summary><c>user add NAME --role ROLE</c>: an account in an editorial role, its generated password printed once.</summary>
public static class UserCommands
{
    public const string Usage = "user add NAME --role ROLE (a role of the Roles document: Administrator, Editor, Author, Contributor…)";

    public static async Task<int> RunAsync(IServiceProvider services, CliCommand command)
    {
        // The flag carries no value in CliCommand, so the role is the argument after the name: user add NAME --role ROLE.
        if (command.Arguments is not ["add", var name, var role] || !command.Flags.Contains("role") || command.Flags.Count != 1)
        {
            await Console.Error.WriteLineAsync($"error: usage: {Usage}");
            return 2;
        }

        var assignable = await services.GetRequiredService<PermissionService>().AssignableRolesAsync();
        var roleName = assignable.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (roleName is null)
        {
            await Console.Error.WriteLineAsync($"error: unknown role '{role}' (use {string.Join(", ", assignable)})");
            return 2;
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        await services.GetRequiredService<RoleManager<IdentityRole>>().EnsureAsync([roleName]);

        var user = new IdentityUser(name);
        var password = PasswordGenerator.Generate();
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, roleName);
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"error: could not create '{name}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, "system", AuditActions.UserCreated, Details: $"{name} ({roleName})"));
        // Printed once, on the console only: it is stored hashed and never logged.
        Console.WriteLine($"User '{name}' created with the role {roleName}. Password (shown once, change it after logging in): {password}");
        return 0;
    }
}
