using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Efus.Cms.Web.IntegrationTests.Security;

/// <summary>API tokens made and revoked by the command line in its own process, used as bearer tokens on /api/graphql.</summary>
public sealed class ApiTokenTests
{
    private const string Drafts = "{ cooperationProjectCount(status: LATEST) }";

    [Fact]
    public async Task Token_AddListUseRevoke_SignsInAsItsUserUntilRevoked()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        Assert.True((await CliProcess.RunAsync(site.DataPath, "user", "add", "edith", "--role", "Editor")).ExitCode == 0);

        var added = await CliProcess.RunAsync(site.DataPath, "token", "add", "newsletter", "--user", "edith");
        Assert.True(added.ExitCode == 0, added.Error);
        var secret = added.Output.Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("efus_", secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= 40, secret);

        var before = await CliProcess.RunAsync(site.DataPath, "token", "list");
        Assert.Contains("newsletter\tedith\t", before.Output, StringComparison.Ordinal);
        Assert.Contains("\tnever", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[5..], File.ReadAllText(Path.Combine(site.DataPath, "efus.db"), Encoding.Latin1), StringComparison.Ordinal);

        var anonymous = await PostAsync(client, Drafts, null);
        var withToken = await PostAsync(client, Drafts, secret);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.OK, withToken.Status);
        Assert.True(withToken.Body["data"]!["cooperationProjectCount"]!.GetValue<int>() > 0, withToken.Body.ToJsonString());

        var after = await CliProcess.RunAsync(site.DataPath, "token", "list");
        Assert.DoesNotContain("\tnever", after.Output, StringComparison.Ordinal);

        var revoked = await CliProcess.RunAsync(site.DataPath, "token", "revoke", "newsletter");
        Assert.True(revoked.ExitCode == 0, revoked.Error);
        var refused = await PostAsync(client, Drafts, secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("unknown or has been revoked", refused.Body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("newsletter", (await CliProcess.RunAsync(site.DataPath, "token", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_BadTokenEvenForPublishedContent_Is401_AndAUserWithoutPermissionGetsUnauthorized()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        Assert.True((await CliProcess.RunAsync(site.DataPath, "user", "add", "arthur", "--role", "Author")).ExitCode == 0);
        var secret = (await CliProcess.RunAsync(site.DataPath, "token", "add", "author-app", "--user", "arthur")).Output.Trim().Split('\n')[^1].Trim();

        var forged = await PostAsync(client, "{ pageCount }", "efus_" + new string('A', 43));
        var notAToken = await PostAsync(client, "{ pageCount }", "hello");
        var published = await PostAsync(client, "{ pageCount }", secret);
        var drafts = await PostAsync(client, Drafts, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, notAToken.Status);
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, drafts.Status);
        Assert.Equal("UNAUTHORIZED", drafts.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenCommands_BadInput_ExitNonZeroWithOneLine()
    {
        using var site = new EfusSite();
        _ = site.Server;
        await CliProcess.RunAsync(site.DataPath, "token", "add", "app", "--user", "admin");

        var duplicate = await CliProcess.RunAsync(site.DataPath, "token", "add", "app", "--user", "admin");
        var noUser = await CliProcess.RunAsync(site.DataPath, "token", "add", "other", "--user", "nobody");
        var badName = await CliProcess.RunAsync(site.DataPath, "token", "add", "a b", "--user", "admin");
        var unknown = await CliProcess.RunAsync(site.DataPath, "token", "revoke", "nope");
        var usage = await CliProcess.RunAsync(site.DataPath, "token", "add", "app");

        Assert.Equal(1, duplicate.ExitCode);
        Assert.Equal("error: a token named 'app' exists already", duplicate.Error.Trim());
        Assert.Equal(2, noUser.ExitCode);
        Assert.Contains("no user named 'nobody'", noUser.Error, StringComparison.Ordinal);
        Assert.Equal(2, badName.ExitCode);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no token named 'nope'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.All(new[] { duplicate, noUser, badName, unknown, usage }, r => Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body, HttpResponseHeaders Headers)> PostAsync(HttpClient client, string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(query, Encoding.UTF8, "application/graphql") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), response.Headers);
    }
}
