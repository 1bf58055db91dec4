using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>
/// Orchard renders a query as a Liquid template with the request's parameters; here only the output
/// tag <c>{{ name }}</c> is supported, and other tags (<c>{% … %}</c>) are removed. A string parameter is written JSON-escaped, so that it stays
/// inside the quotes the query puts around it and cannot change the query's structure.
/// </summary>
public static partial class QueryTemplate
{
    private static readonly JsonSerializerOptions _escaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(string query, JsonObject? parameters)
    {
        if (query.Contains("{%", StringComparison.Ordinal))
        {
            query = Tag().Replace(query, "");
        }

        if (parameters is null || parameters.Count == 0 || !query.Contains("{{", StringComparison.Ordinal))
        {
            return query;
        }

        return OutputTag().Replace(query, match =>
        {
            var name = match.Groups[1].Value;
            var value = parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            return value switch
            {
                null => "",
                JsonValue v when v.GetValueKind() == JsonValueKind.String => Escape(v.GetValue<string>()),
                _ => value.ToJsonString(),
            };
        });
    }

    private static string Escape(string value)
    {
        var json = JsonSerializer.Serialize(value, _escaping);
        return json[1..^1];
    }

    [GeneratedRegex(@"\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")]
    private static partial Regex OutputTag();
}
