using Efus.Cms.Core.Security.Tokens;
using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Web.Cli;

/// <summary>
/// <c>token add NAME --user USERNAME</c> (prints the secret once), <c>token list</c> (never the secret),
/// <c>token revoke NAME</c>: bearer API tokens for /api/graphql.
/// </summary>
public static class TokenCommands
{
    public const string Usage = "token add NAME --user USERNAME | token list | token revoke NAME";

    public static Task<int> RunAsync(IServiceProvider services, CliCommand command) => command.Arguments switch
    {
        ["add", var name, var userName] when command.Flags.SetEquals(["user"]) => AddAsync(services, name, userName),
        ["list"] when command.Flags.Count == 0 => ListAsync(services),
        ["revoke", var name] when command.Flags.Count == 0 => RevokeAsync(services, name),
        _ => Task.FromResult(CommandRunner.Usage($"usage: {Usage}")),
    };

    private static async Task<int> AddAsync(IServiceProvider services, string name, string userName)
    {
        if (ApiTokenService.NameProblem(name) is { } problem)
        {
            return CommandRunner.Usage(problem);
        }

        var user = await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(userName);
        if (user is null)
        {
            return CommandRunner.Usage($"no user named '{userName}'");
        }

        string secret;
        try
        {
            secret = await services.GetRequiredService<ApiTokenService>().CreateAsync(name, user.Id);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message.Split(" (Parameter", 2)[0]}");
            return 1;
        }

        // Printed once, on the console only: only its hash is stored.
        Console.WriteLine($"Token '{name}' created for {user.UserName}. Send it as 'Authorization: Bearer <token>'; it is shown only now:");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> ListAsync(IServiceProvider services)
    {
        var tokens = await services.GetRequiredService<ApiTokenService>().ListAsync();
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        Console.WriteLine("NAME\tOWNER\tCREATED (UTC)\tLAST USED (UTC)");
        foreach (var token in tokens)
        {
            var owner = (await users.FindByIdAsync(token.UserId))?.UserName ?? $"(deleted user {token.UserId})";
            Console.WriteLine($"{token.Name}\t{owner}\t{token.CreatedUtc:yyyy-MM-dd HH:mm:ss}\t{(token.LastUsedUtc is { } used ? used.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : "never")}");
        }

        return 0;
    }

    private static async Task<int> RevokeAsync(IServiceProvider services, string name)
    {
        if (!await services.GetRequiredService<ApiTokenService>().RevokeAsync(name))
        {
            await Console.Error.WriteLineAsync($"error: no token named '{name}'");
            return 1;
        }

        Console.WriteLine($"Token '{name}' revoked.");
        return 0;
    }
}
