using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Efus.Cms.Recipes.Tests.Infrastructure;

/// <summary>
/// Compares JSON written in a recipe (with script expressions) to what was imported: a
/// <c>[js: variables('x')]</c> must have the same value everywhere it appears, <c>[js: uuid()]</c> must be
/// an Orchard id, other scripts come from <see cref="Known"/>; everything else must be equal.
/// </summary>
public sealed partial class ScriptAwareJson
{
    public Dictionary<string, string> Variables { get; } = [];

    public Dictionary<string, string> Known { get; } = [];

    public void AssertMatches(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual, exactMatch: false);
                Assert.True(e.Select(p => p.Key).SequenceEqual(a.Select(p => p.Key)), $"{path}: keys {string.Join(",", e.Select(p => p.Key))} != {string.Join(",", a.Select(p => p.Key))}");
                foreach (var (key, value) in e)
                {
                    AssertMatches(value, a[key], $"{path}.{key}");
                }

                break;
            case JsonArray e:
                var array = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(e.Count == array.Count, $"{path}: {e.Count} elements expected, {array.Count} found");
                for (var i = 0; i < e.Count; i++)
                {
                    AssertMatches(e[i], array[i], $"{path}[{i}]");
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text) && text.StartsWith('[') && text.EndsWith(']'):
                AssertScript(text, actual?.GetValue<string>(), path);
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected?.ToJsonString()}, found {actual?.ToJsonString()}");
                break;
        }
    }

    private void AssertScript(string script, string? actual, string path)
    {
        if (Variable().Match(script) is { Success: true } variable)
        {
            var name = variable.Groups[1].Value;
            if (Variables.TryGetValue(name, out var bound))
            {
                Assert.True(bound == actual, $"{path}: variable '{name}' is '{bound}' elsewhere but '{actual}' here");
            }
            else
            {
                Variables[name] = actual ?? "";
            }
        }
        else if (Uuid().IsMatch(script))
        {
            Assert.Matches("^[0-9a-z]{26}$", actual);
        }
        else
        {
            Assert.True(Known.TryGetValue(script, out var value), $"{path}: no known value for {script}");
            Assert.Equal(value, actual);
        }
    }

    [GeneratedRegex(@"^\[js:\s*variables\('([^']+)'\)\]$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^\[js:\s*uuid\(\)\]$")]
    private static partial Regex Uuid();
}
