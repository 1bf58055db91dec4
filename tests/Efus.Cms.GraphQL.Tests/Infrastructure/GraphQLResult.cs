using System.Text.Json.Nodes;

namespace Efus.Cms.GraphQL.Tests.Infrastructure;

/// <summary>A response as a client sees it: HTTP status, the JSON body, and the SQL commands it cost.</summary>
public sealed record GraphQLResult(int StatusCode, JsonObject Body, string Json, IReadOnlyList<string> Sql)
{
    public JsonNode? Data => Body["data"];

    public JsonArray? Errors => Body["errors"] as JsonArray;

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string FirstErrorMessage => Errors?[0]?["message"]?.GetValue<string>() ?? "";

    /// <summary>The values of <paramref name="property"/> of every item of the list <paramref name="field"/>.</summary>
    public List<string?> Values(string field, string property) =>
        [.. (Data?[field] as JsonArray ?? throw new InvalidOperationException($"no list '{field}' in {Json}"))
            .Select(item => item?[property]?.ToString())];

    public GraphQLResult AssertOk()
    {
        Assert.True(StatusCode == 200 && Errors is null, $"expected 200 without errors, got {StatusCode}: {Json}");
        return this;
    }
}
