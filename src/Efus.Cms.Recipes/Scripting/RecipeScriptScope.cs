using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;

namespace Efus.Cms.Recipes.Scripting;

/// <summary>
/// Evaluates the script expressions of one recipe run, as Orchard's recipe executor does before each
/// step: any string of the form <c>[js: …]</c> or <c>[file: …]</c> is replaced by its value. Variables
/// are evaluated on first use and then reused by every step. A string that only looks similar
/// (<c>[locale en]…</c>, <c>js: x</c> without brackets, an unknown prefix) is left as it is.
/// </summary>
internal sealed class RecipeScriptScope(
    Recipe recipe,
    RecipeFiles files,
    Func<string, string?> parameters,
    Func<string, string?> configuration,
    TimeProvider clock)
{
    private const int MaxNesting = 10;

    private const string SupportedFunctions =
        "uuid(), variables('name'), parameters('name'), configuration('key', 'default'), base64('…'), html('…'), gzip('…'), new Date().toISOString()";

    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    /// <summary>Replaces every script string under <paramref name="node"/>; <paramref name="path"/> is the node's JSON path.</summary>
    public void EvaluateTree(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json.ToList())
                {
                    var childPath = JsonPaths.Property(path, key);
                    if (Evaluated(value, childPath) is { } replacement)
                    {
                        json[key] = replacement;
                    }
                    else
                    {
                        EvaluateTree(value, childPath);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = JsonPaths.Index(path, i);
                    if (Evaluated(array[i], childPath) is { } replacement)
                    {
                        array[i] = replacement;
                    }
                    else
                    {
                        EvaluateTree(array[i], childPath);
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>
    /// <paramref name="node"/> with its script expressions evaluated: the replacement when it is itself a
    /// script string, otherwise the same node, changed in place.
    /// </summary>
    public JsonNode? EvaluateNode(JsonNode? node, string path)
    {
        if (Evaluated(node, path) is { } replacement)
        {
            return replacement;
        }

        EvaluateTree(node, path);
        return node;
    }

    /// <summary>The value of <paramref name="value"/> with its script expressions evaluated (the same string when there are none).</summary>
    public string Evaluate(string value, string path)
    {
        var current = value;
        for (var depth = 0; TrySplit(current, out var prefix, out var body); depth++)
        {
            if (depth == MaxNesting)
            {
                throw new RecipeStepException(path, $"'{value}' keeps producing script expressions ({MaxNesting} levels)");
            }

            try
            {
                current = prefix switch
                {
                    "js" => ScriptExpression.Evaluate(body, (name, args) => CallJs(name, args, path), Now),
                    "file" => ScriptExpression.Evaluate(body, CallFile(path), () => throw new ScriptException("dates are not available in [file: …]")),
                    _ => throw new InvalidOperationException("unreachable"),
                };
            }
            catch (ScriptException e)
            {
                throw new RecipeStepException(path, $"{e.Message} (in \"{current}\")", e);
            }
        }

        return current;
    }

    /// <summary>Orchard's rule: <c>[prefix:…]</c> where the prefix is letters only; we evaluate the <c>js</c> and <c>file</c> prefixes.</summary>
    internal static bool TrySplit(string value, out string prefix, out string body)
    {
        prefix = body = "";
        if (value.Length < 3 || value[0] != '[' || value[^1] != ']')
        {
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2)
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsLetter(value[i]))
            {
                return false;
            }
        }

        prefix = value[1..colon];
        if (prefix is not ("js" or "file"))
        {
            return false;
        }

        body = value[(colon + 1)..^1].Trim();
        return true;
    }

    private JsonNode? Evaluated(JsonNode? node, string path)
    {
        if (node is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return null;
        }

        var result = Evaluate(text, path);
        return ReferenceEquals(result, text) ? null : JsonValue.Create(result);
    }

    private object? CallJs(string name, IReadOnlyList<object?> args, string path) => name switch
    {
        "uuid" => NoArguments(name, args, IdGenerator.NewId),
        "variables" => Variable(OneString(name, args), path),
        "parameters" => Parameter(OneString(name, args)),
        "configuration" => Configuration(name, args),
        "base64" => DecodeBase64(OneString(name, args)),
        "html" => WebUtility.HtmlDecode(OneString(name, args)),
        "gzip" => Gunzip(OneString(name, args)),
        _ => throw new ScriptException($"unknown function '{name}' (supported: {SupportedFunctions})"),
    };

    private Func<string, IReadOnlyList<object?>, object?> CallFile(string path) => (name, args) => name switch
    {
        "text" => Encoding.UTF8.GetString(StripBom(files.Read(OneString(name, args), path))),
        "base64" => Convert.ToBase64String(files.Read(OneString(name, args), path)),
        _ => throw new ScriptException($"unknown file function '{name}' (supported: text('relative/path'), base64('relative/path'))"),
    };

    private string Variable(string name, string path)
    {
        if (_variables.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!recipe.Variables.TryGetPropertyValue(name, out var node))
        {
            var declared = recipe.Variables.Count == 0 ? "the recipe declares none" : $"declared: {string.Join(", ", recipe.Variables.Select(v => v.Key))}";
            throw new ScriptException($"undefined variable '{name}' ({declared})");
        }

        if (!_evaluating.Add(name))
        {
            throw new ScriptException($"variable '{name}' refers to itself");
        }

        try
        {
            var variablePath = JsonPaths.Property("$.variables", name);
            var value = node switch
            {
                null => "",
                JsonValue v when v.TryGetValue<string>(out var s) => Evaluate(s, variablePath),
                JsonValue v => v.ToJsonString(),
                _ => node.ToJsonString(),
            };
            _variables[name] = value;
            return value;
        }
        catch (RecipeStepException e) when (e.JsonPath != path)
        {
            throw new ScriptException($"variable '{name}' ({e.JsonPath}): {e.Problem}");
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    private string Parameter(string name) =>
        parameters(name) ?? throw new ScriptException(
            $"the parameter '{name}' was not supplied (setup passes AdminUserId, AdminUsername and SiteName; others go in RecipeExecutionOptions.Parameters)");

    private string Configuration(string name, IReadOnlyList<object?> args)
    {
        if (args.Count is < 1 or > 2 || args[0] is not string key)
        {
            throw new ScriptException($"{name}() takes a key and an optional default value");
        }

        return configuration(key)
            ?? (args.Count == 2 ? ScriptExpression.ToText(args[1]) : throw new ScriptException($"the configuration key '{key}' is not set and no default value is given"));
    }

    private static string DecodeBase64(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            throw new ScriptException("base64() was given text that is not base64");
        }
    }

    private static string Gunzip(string encoded)
    {
        try
        {
            using var input = new MemoryStream(Convert.FromBase64String(encoded));
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return Convert.ToBase64String(output.ToArray());
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            throw new ScriptException("gzip() was given text that is not base64-encoded gzip data");
        }
    }

    private static byte[] StripBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    private static string NoArguments(string name, IReadOnlyList<object?> args, Func<string> call) =>
        args.Count == 0 ? call() : throw new ScriptException($"{name}() takes no arguments");

    private static string OneString(string name, IReadOnlyList<object?> args) =>
        args.Count == 1 && args[0] is string s ? s : throw new ScriptException($"{name}() takes one string argument");

    private string Now() => clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
