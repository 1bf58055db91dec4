using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Efus.Cms.Bench;

/// <summary>
/// One rendered page's cost in process, one request at a time: the site runs in memory (TestServer) on a
/// copy of a data folder that holds the items, and each page is requested many times with an
/// <c>Authorization</c> header (which the output cache never serves). Prints the process CPU time and the
/// bytes allocated per request, which a shared, busy machine distorts far less than req/s.
/// </summary>
public static partial class PagesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? data = null;
        var requests = 1000;
        List<string> details = [];
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--requests": requests = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--detail": details.Add(args[++i]); break;
                default: Console.Error.WriteLine($"pages: unknown option {args[i]}"); return 2;
            }
        }

        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("pages: --data must be a data folder holding the imported items");
            return 2;
        }

        // The host's content root (run from the repository's root, as bench/run.sh does).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EFUS_CMS_WEB", Path.GetFullPath("src/Efus.Cms.Web"));
        var copy = Path.Combine(Path.GetTempPath(), "efus-pages-" + Guid.NewGuid().ToString("n"));
        CopyFolder(data, copy);
        try
        {
            using var site = new WebApplicationFactory<Efus.Cms.Web.Media.ResizedImageCache>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("Cms:DataPath", copy);
                builder.UseSetting("Logging:LogLevel:Default", "Warning");
            });
            var client = site.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench-uncached");
            var listing = await client.GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative));
            var detail = DetailLink().Match(listing).Groups[1].Value;

            Console.WriteLine($"| page (rendered, one request at a time, {requests} requests) | CPU per request | allocated per request |");
            Console.WriteLine("|---|---|---|");
            (string Name, string Path)[] pages = [("detail (newest practice sheet)", detail), .. details.Select(d => ($"detail {d}", d)), ("home", "/"), ("listing", "/fiches-de-pratique")];
            // Every page warmed up before the first is measured: the first page measured paid for the JIT's tiering of
            // the code all pages share (2-4 times the CPU of the same page measured later).
            foreach (var (_, path) in pages)
            {
                await RepeatAsync(client, path, Math.Max(200, requests / 2));
            }

            foreach (var (name, path) in pages)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                await RepeatAsync(client, path, requests);
                process.Refresh();
                var cpuPerRequest = (process.TotalProcessorTime - cpu).TotalMilliseconds / requests;
                var bytesPerRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / requests;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cpuPerRequest:0.000} ms | {bytesPerRequest / 1024.0:0.0} KB |"));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task RepeatAsync(HttpClient client, string path, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    [GeneratedRegex("href=\"(/fiches-de-pratique/[^\"?]+)\"")]
    private static partial Regex DetailLink();
}
