using System.Data.Common;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>
/// What a search needs of the site's documents (the index the site searches, the index definitions, the roles, the
/// content definitions) is kept per node (<see cref="DocumentCache{T}"/>): a search reads none of them from the
/// database, and a change saved on this node is used by the next search.
/// </summary>
public sealed class KeptDocumentsTests
{
    [Fact]
    public async Task Search_ReadsNoDocumentFromTheDatabase()
    {
        var commands = new SearchCommands();
        using var node = new SearchSite();
        using var site = node.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.ConfigureDbContext<CmsDbContext>(
            (provider, options) => options.AddInterceptors(new SearchCommandRecorder(provider.GetRequiredService<IHttpContextAccessor>(), commands)))));
        var client = site.CreateClient();
        (await client.GetAsync(new Uri("/api/search?q=vid%C3%A9osurveillance", UriKind.Relative))).EnsureSuccessStatusCode();
        commands.Clear();

        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(new Uri("/api/search?q=vid%C3%A9osurveillance&page=1", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        // At most one revision check per kept document (due every few seconds); never a document's JSON.
        var all = commands.All;
        Assert.DoesNotContain(all, c => c.Contains("\"Json\"", StringComparison.Ordinal));
        Assert.True(all.Count <= 4, $"{all.Count} commands:\n{string.Join("\n---\n", all)}");
    }

    [Fact]
    public async Task SiteSearchIndexSavedOnThisNode_IsUsedByTheNextSearch()
    {
        using var site = new SearchSite();
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());

        await SetSearchIndexAsync(site, "Absent");
        Assert.Equal(0, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());

        await SetSearchIndexAsync(site, "Search");
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
    }

    private static Task SetSearchIndexAsync(SearchSite site, string indexName) => site.WithScopeAsync(async services =>
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var document = await documents.GetAsync(DocumentNames.Site) ?? [];
        var properties = document["Properties"] as JsonObject ?? [];
        properties["LuceneSettings"] = new JsonObject { ["SearchIndex"] = indexName };
        document["Properties"] = properties;
        await documents.SaveAsync(DocumentNames.Site, document);
    });

    private sealed class SearchCommands
    {
        private readonly List<string> _commands = [];

        public IReadOnlyList<string> All
        {
            get
            {
                lock (_commands)
                {
                    return [.. _commands];
                }
            }
        }

        public void Add(string command)
        {
            lock (_commands)
            {
                _commands.Add(command);
            }
        }

        public void Clear()
        {
            lock (_commands)
            {
                _commands.Clear();
            }
        }
    }

    /// <summary>Records the SQL run for a <c>/api/search</c> request (not the indexer's, which runs outside requests).</summary>
    private sealed class SearchCommandRecorder(IHttpContextAccessor accessor, SearchCommands commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command)
        {
            if (accessor.HttpContext?.Request.Path == "/api/search" && !command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
            {
                commands.Add(command.CommandText);
            }
        }
    }
}
