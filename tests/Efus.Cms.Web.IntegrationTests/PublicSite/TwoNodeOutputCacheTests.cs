using System.Diagnostics;
using System.Text.Json.Nodes;
using Npgsql;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

/// <summary>
/// Two web nodes on one PostgreSQL database, each with its own output cache: a page cached on one node
/// shows an edit published on the other within seconds (each node follows the shared task log).
/// </summary>
public sealed class TwoNodeOutputCacheTests : IAsyncLifetime
{
    private readonly string _database = $"efus_cache_{Guid.NewGuid():N}";
    private readonly NpgsqlConnectionStringBuilder _server = new(
        Environment.GetEnvironmentVariable("EFUS_TEST_POSTGRES") is { Length: > 0 } value ? value : "Host=127.0.0.1;Username=postgres;Password=postgres;Database=postgres");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _database, Pooling = true }.ConnectionString;

    public Task InitializeAsync() => ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    [Theory]
    [InlineData("/projets/cci-cutting-crime-impact")]
    [InlineData("/projets")]
    [InlineData("/")]
    public async Task EditPublishedOnOneNode_ShowsOnTheOtherNodesCachedPageWithinSeconds(string path)
    {
        using var editor = new EfusSite(postgreSql: ConnectionString);
        editor.CreateClient();
        using var reader = new EfusSite(postgreSql: ConnectionString);
        var client = PublicPagesTests.French(reader);
        Assert.Contains("CCI – Cutting Crime Impact", await client.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        Assert.NotNull((await client.GetAsync(new Uri(path, UriKind.Relative))).Headers.Age);

        await SiteContent.EditAsync(editor, "4efus0proj0000000000000002", item =>
        {
            item.DisplayText = "CCI – revue sur le second nœud";
            item.Parts["TitlePart"] = new JsonObject { ["Title"] = "CCI – revue sur le second nœud" };
        });

        var stopwatch = Stopwatch.StartNew();
        var html = "";
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(20) && !html.Contains("revue sur le second nœud", StringComparison.Ordinal))
        {
            await Task.Delay(100);
            html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        }

        Assert.Contains("revue sur le second nœud", html, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"shown after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task SheetPublishedOnOneNode_CountsInTheOtherNodesRenderedListingWithinSeconds()
    {
        using var editor = new EfusSite(postgreSql: ConnectionString);
        editor.CreateClient();
        using var reader = new EfusSite(postgreSql: ConnectionString);
        var client = PublicPagesTests.French(reader);
        // Rendered each time (the output cache never serves a request with Authorization): what the node keeps is its content generation's.
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "uncached");
        await SiteContent.PracticeSheetAsync(editor, "Fiche une", "Lyon", "France", 2020);
        await WaitForAsync(client, "/fiches-de-pratique", "1 résultat");
        Assert.DoesNotContain("value=\"Gand\"", await client.GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative)), StringComparison.Ordinal);

        await SiteContent.PracticeSheetAsync(editor, "Fiche deux", "Gand", "Belgique", 2021);
        var stopwatch = Stopwatch.StartNew();
        await WaitForAsync(client, "/fiches-de-pratique", "2 résultats");
        var html = await client.GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"shown after {stopwatch.Elapsed}");
        Assert.Contains("<option value=\"Gand\">Gand</option>", html, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(HttpClient client, string path, string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var html = "";
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(20) && !html.Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(100);
            html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        }

        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
