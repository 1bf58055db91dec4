using System.Diagnostics;
using System.Text;
using Efus.Cms.GraphQL.Tests.Infrastructure;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>Abusive documents get a specific error quickly: never a 500, never a hang.</summary>
public sealed class HostileQueryTests : IAsyncLifetime
{
    private GraphQLTestSite _site = null!;

    public async Task InitializeAsync() => _site = await GraphQLTestSite.WithSetupRecipeAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<GraphQLResult> RefusedQuicklyAsync(string query, string expectedCode)
    {
        var watch = Stopwatch.StartNew();
        var result = await _site.ExecuteAsync(query);
        watch.Stop();
        Assert.Equal(400, result.StatusCode);
        Assert.Equal(expectedCode, result.FirstErrorCode);
        // A guard against a hang (the document refused before it runs), not a speed figure: those are in bench/.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        return result;
    }

    [Fact]
    public async Task ThousandAliases_AreRefused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: page {{ displayText }}")) + " }";
        var result = await RefusedQuicklyAsync(query, "MAX_ALIASES");
        Assert.Contains("1000 aliases", result.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldRepeatedTenThousandTimes_IsRefusedBeforeValidation()
    {
        var query = "{ page { " + string.Join(" ", Enumerable.Repeat("path", 10_000)) + " } }";
        await RefusedQuicklyAsync(query, "MAX_FIELDS");
    }

    [Fact]
    public async Task Depth50_IsRefused()
    {
        var query = new StringBuilder("{ cooperationProject { ");
        for (var i = 0; i < 24; i++)
        {
            query.Append("publications { contentItems { ");
        }

        query.Append("contentItemId").Append(new string('}', 48)).Append(" } }");
        var result = await RefusedQuicklyAsync(query.ToString(), "MAX_DEPTH");
        Assert.Contains("at most 15", result.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentCycle_IsRefused() =>
        await RefusedQuicklyAsync("""
            { cooperationProject { ...A } }
            fragment A on CooperationProject { publications { contentItems { ...B } } }
            fragment B on CooperationProject { displayText ...A }
            """, "FRAGMENT_CYCLE");

    [Fact]
    public async Task FragmentBomb_IsMeasuredLinearly()
    {
        // Each fragment spreads the next twice: 2^30 selections once expanded, a few lines as text.
        var query = new StringBuilder("{ cooperationProject { ...F0 } }\n");
        for (var i = 0; i < 30; i++)
        {
            query.Append($"fragment F{i} on CooperationProject {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        query.Append("fragment F30 on CooperationProject { displayText }");
        var result = await RefusedQuicklyAsync(query.ToString(), "MAX_FIELDS");
        Assert.Contains("once its fragments are expanded", result.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugePage_IsRefusedWithThePageSizeError()
    {
        var result = await RefusedQuicklyAsync("{ page(first: 100000) { displayText } }", "PAGE_SIZE");
        Assert.Contains("at most 1000", result.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugePage_ThroughAVariable_IsRefusedByTheResolver()
    {
        var result = await _site.ExecuteAsync("query($n: Int) { page(first: $n) { displayText } }", """{"n": 5000}""");
        Assert.Equal(400, result.StatusCode);
        Assert.Contains(result.Errors!, e => e!["extensions"]?["code"]?.ToString() is "PAGE_SIZE" or "COMPLEXITY");
    }

    [Fact]
    public async Task IntrospectionQuery_IsAllowed_EvenWithALowDepthLimit()
    {
        await using var site = await GraphQLTestSite.CreateAsync(new() { ["Cms:GraphQL:MaxDepth"] = "3" });
        var result = (await site.ExecuteAsync(IntrospectionQuery)).AssertOk();
        Assert.NotNull(result.Data!["__schema"]);

        var tooDeep = await site.ExecuteAsync("{ page { localization { localizations { displayText } } } }");
        Assert.Equal("MAX_DEPTH", tooDeep.FirstErrorCode);
    }

    [Fact]
    public async Task Introspection_CanBeSwitchedOff()
    {
        await using var site = await GraphQLTestSite.CreateAsync(new() { ["Cms:GraphQL:Introspection"] = "false" });
        var result = await site.ExecuteAsync("{ __schema { queryType { name } } }");
        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public async Task SyntaxError_IsA400WithTheLocation()
    {
        var result = await _site.ExecuteAsync("{ page { displayText ");
        Assert.Equal(400, result.StatusCode);
        Assert.NotNull(result.Errors);
    }

    [Fact]
    public async Task UnknownField_IsA400()
    {
        var result = await _site.ExecuteAsync("{ page { nope } }");
        Assert.Equal(400, result.StatusCode);
    }

    /// <summary>GraphiQL's introspection query (13 levels deep).</summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
