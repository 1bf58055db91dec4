using System.Diagnostics;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>The <c>reindex</c> and <c>reset</c> verbs, run for real in their own process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Reindex_WithoutARunningSite_RebuildsAndSwaps()
    {
        var dataPath = NewDataPath();
        using (var setup = new SearchSite(dataPath: dataPath, keepData: true))
        {
            setup.CreateClient();
        }

        var result = await RunAsync(dataPath, "reindex");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Rebuilt Search:", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dataPath, "Lucene", "Search.rebuild")));
        using var site = new SearchSite(dataPath: dataPath);
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reindex_NextToARunningSite_TheSiteSwitchesToTheNewIndex()
    {
        using var site = new SearchSite();
        site.CreateClient();

        var result = await RunAsync(site.DataPath, "reindex", "Search");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("The site now answers from the rebuilt Search.", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reset_ProcessesEveryTaskAgain()
    {
        var dataPath = NewDataPath();
        using (var setup = new SearchSite(dataPath: dataPath, keepData: true))
        {
            setup.CreateClient();
        }

        var result = await RunAsync(dataPath, "reset");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Reset Search", result.Output, StringComparison.Ordinal);
        using var site = new SearchSite(dataPath: dataPath);
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reindex_UnknownIndex_FailsWithOneLine()
    {
        var dataPath = NewDataPath();
        using (var setup = new SearchSite(dataPath: dataPath, keepData: true))
        {
            setup.CreateClient();
        }

        var result = await RunAsync(dataPath, "reindex", "Nope");
        Directory.Delete(dataPath, recursive: true);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: there is no search index named 'Nope' (known: Search)", result.Error.Trim());
    }

    private static string NewDataPath() => Path.Combine(Path.GetTempPath(), "efus-search-tests", Guid.NewGuid().ToString("n"));

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataPath, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Efus.Cms.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--Cms:DataPath={dataPath}");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
