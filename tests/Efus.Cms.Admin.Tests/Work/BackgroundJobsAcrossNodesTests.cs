using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Admin.Work;
using Efus.Cms.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Efus.Cms.Admin.Tests.Work;

/// <summary>Two web nodes on one PostgreSQL database: a job started on one is followed from the other's admin.</summary>
public sealed class BackgroundJobsAcrossNodesTests : IAsyncLifetime
{
    private const string Server = "Host=127.0.0.1;Username=postgres;Password=postgres";

    private readonly string _database = "efus_editorial_jobs_" + Guid.NewGuid().ToString("n")[..12];
    private AdminSite _first = null!;
    private AdminSite _second = null!;
    private bool _firstStopped;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cms:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Cms"] = $"{Server};Database={_database}",
        };
        _first = new AdminSite(settings: settings);
        _ = _first.Server; // sets the database up before the second node starts on it
        _second = new AdminSite(settings: settings);
        _ = _second.Server;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AJobOnOneNode_ShowsItsProgressAndResultOnTheOther()
    {
        using var onSecond = await _second.LoginAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = _first.Services.GetRequiredService<WorkRegistry>().Start(WorkKind.Reindex, "admin", null, async (_, status, ct) =>
        {
            status.Report(3, 10, "Content");
            await gate.Task.WaitAsync(ct);
            status.Succeed(new Dictionary<string, long> { ["Content"] = 42 });
        });

        var running = await StatusAsync(onSecond, job.Id, s => s["done"]!.GetValue<long>() == 3);
        gate.SetResult();
        var finished = await StatusAsync(onSecond, job.Id, s => s["state"]!.GetValue<string>() != "running");

        Assert.Equal(("running", 10L, 30, "Content"), (running["state"]!.GetValue<string>(), running["total"]!.GetValue<long>(), running["percent"]!.GetValue<int>(), running["stage"]!.GetValue<string>()));
        Assert.Equal("succeeded", finished["state"]!.GetValue<string>());
        var page = await onSecond.GetPageAsync($"/admin/work/{job.Id}");
        Assert.Contains("42", page.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecipeDryRunOnOneNode_ShowsItsReportOnTheOther()
    {
        using var onFirst = await _first.LoginAsync();
        using var onSecond = await _second.LoginAsync();
        var recipe = """{"name": "Ajout", "steps": [{"name": "content", "data": [{"ContentItemId": "4efus0page00000000000jobs1", "ContentType": "Page", "DisplayText": "Page", "Latest": true, "Published": true, "TitlePart": {"Title": "Page"}}]}]}""";
        var upload = await onFirst.GetPageAsync("/admin/recipes");
        var token = upload.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(recipe)), "recipe", "noeuds.recipe.json" },
        };
        var started = await onFirst.Http.PostAsync(new Uri("/admin/recipes?handler=Check", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var id = started.Headers.Location!.OriginalString.Split('/')[^1];

        await StatusAsync(onSecond, id, s => s["state"]!.GetValue<string>() != "running");

        var page = await onSecond.GetPageAsync($"/admin/work/{id}");
        var row = page.Document.QuerySelectorAll("#recipe-report tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Page");
        Assert.Equal(["Page", "1", "0", "0"], row.Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task ANodeStopping_MarksItsRunningJobInterrupted_AndAStaleJobReadsInterrupted()
    {
        using var onSecond = await _second.LoginAsync();
        var job = _first.Services.GetRequiredService<WorkRegistry>().Start(WorkKind.Reindex, "admin", null,
            (_, _, ct) => Task.Delay(Timeout.Infinite, ct));
        await StatusAsync(onSecond, job.Id, s => s["state"]!.GetValue<string>() == "running");

        await StopFirstAsync();

        var stopped = await StatusAsync(onSecond, job.Id, s => s["state"]!.GetValue<string>() != "running");
        Assert.Equal("failed", stopped["state"]!.GetValue<string>());
        Assert.Contains("Interrompu", (await onSecond.GetPageAsync($"/admin/work/{job.Id}")).Text("main"), StringComparison.Ordinal);

        // A node that died leaves its job running with an old heartbeat: it reads as interrupted.
        var stale = new BackgroundJob("stalejob", nameof(WorkKind.Reindex), "admin", DateTime.UtcNow.AddMinutes(-5), "dead-node",
            BackgroundJob.Running, 1, 0, "Content", null, null, DateTime.UtcNow.AddMinutes(-2));
        await _second.WithServiceAsync<IBackgroundJobStore, bool>(async s => { await s.SaveAsync(stale); return true; });
        var status = JsonNode.Parse(await onSecond.Http.GetStringAsync(new Uri("/admin/work/stalejob?handler=Status", UriKind.Relative)))!;
        Assert.Equal("failed", status["state"]!.GetValue<string>());
        Assert.Contains("serveur qui l’exécutait s’est arrêté", (await onSecond.GetPageAsync("/admin/work/stalejob")).Text("main"), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> StatusAsync(AdminClient client, string id, Func<JsonNode, bool> until)
    {
        JsonNode? last = null;
        for (var i = 0; i < 200; i++)
        {
            var response = await client.Http.GetAsync(new Uri($"/admin/work/{id}?handler=Status", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                last = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                if (until(last))
                {
                    return last;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"The job {id} never reached the expected state on the other node; last: {last?.ToJsonString() ?? "not found"}");
    }

    private async Task StopFirstAsync()
    {
        if (!_firstStopped)
        {
            _firstStopped = true;
            await _first.DisposeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await StopFirstAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection($"{Server};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
