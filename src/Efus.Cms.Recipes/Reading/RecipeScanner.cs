using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Efus.Cms.Recipes.Reading;

/// <summary>
/// The first read of a recipe, token by token through a small buffer, so that a file of any size is
/// checked whole (syntax, duplicate properties) before anything runs without being held in memory.
/// It finds the steps and, in each, the <c>Data</c> array, which the reader leaves in the file.
/// </summary>
internal sealed partial class RecipeScanner
{
    internal const int DefaultBufferSize = 1024 * 1024;

    internal static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    private readonly List<HashSet<string>> _propertyNames = [];
    private readonly List<StepLayout> _steps = [];
    private readonly HashSet<string> _contentTypes = new(StringComparer.Ordinal);
    private long _base;
    private JsonTokenType _root = JsonTokenType.None;
    private string? _rootProperty;
    private long? _stepsStart;
    private long _stepsEnd;
    private bool _inSteps;
    private long _stepStart;
    private JsonTokenType _stepToken;
    private string? _stepProperty;
    private DeferredArray? _stepData;
    private string? _dataName;
    private long _dataStart = -1;
    private int _dataCount;
    private bool _expectContentType;

    /// <summary>Reads the whole recipe once; a syntax error or a duplicate property is a <see cref="RecipeException"/> with its line and column.</summary>
    public static RecipeLayout Scan(RecipeSource source, string fileName, int bufferSize = DefaultBufferSize) =>
        new RecipeScanner().Run(source, fileName, bufferSize);

    private RecipeLayout Run(RecipeSource source, string fileName, int bufferSize)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 16));
        try
        {
            using var stream = source.OpenAt(0);
            var filled = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var eof = filled < buffer.Length;
            var start = 0;
            if (buffer.AsSpan(0, filled).StartsWith("\uFEFF"u8))
            {
                start = 3;
            }

            var contentStart = (long)start;
            _base = 0;
            var state = new JsonReaderState(ReaderOptions);
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(start, filled - start), eof, state);
                var tokenBase = _base + start;
                try
                {
                    while (reader.Read())
                    {
                        Handle(ref reader, tokenBase + reader.TokenStartIndex);
                    }
                }
                catch (JsonException e)
                {
                    throw SyntaxError(source, contentStart, fileName, e);
                }
                catch (DuplicatePropertyException e)
                {
                    var (line, column) = RecipePositions.Of(source, contentStart, e.Offset);
                    throw new RecipeException(fileName, $"invalid JSON: the property '{e.Name}' appears twice in the same object", new() { Line = line, Column = column });
                }

                if (eof)
                {
                    break;
                }

                state = reader.CurrentState;
                var consumed = start + (int)reader.BytesConsumed;
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                _base += consumed;
                start = 0;
                if (filled == buffer.Length)
                {
                    // One token larger than the buffer (a long base64 string): make room for it.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false);
                eof = read < buffer.Length - filled;
                filled += read;
            }

            return new RecipeLayout(contentStart, _root, _stepsStart, _stepsEnd, _steps);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Handle(ref Utf8JsonReader reader, long offset)
    {
        var depth = reader.CurrentDepth;
        var token = reader.TokenType;
        if (_root == JsonTokenType.None)
        {
            _root = token;
        }

        switch (token)
        {
            case JsonTokenType.StartObject:
                NamesAt(depth).Clear();
                break;
            case JsonTokenType.PropertyName:
                var name = reader.GetString()!;
                if (!_propertyNames[depth - 1].Add(name))
                {
                    throw new DuplicatePropertyException(name, offset);
                }

                break;
            default:
                break;
        }

        if (_root != JsonTokenType.StartObject)
        {
            return;
        }

        if (depth == 1)
        {
            RootLevel(token, offset, ref reader);
        }
        else if (_inSteps)
        {
            StepLevel(ref reader, depth, token, offset);
        }
    }

    private void RootLevel(JsonTokenType token, long offset, ref Utf8JsonReader reader)
    {
        switch (token)
        {
            case JsonTokenType.PropertyName:
                _rootProperty = reader.GetString();
                break;
            case JsonTokenType.StartArray when _stepsStart is null && string.Equals(_rootProperty, "steps", StringComparison.OrdinalIgnoreCase):
                _stepsStart = offset;
                _inSteps = true;
                break;
            case JsonTokenType.EndArray when _inSteps:
                _stepsEnd = offset + 1;
                _inSteps = false;
                break;
            default:
                break;
        }
    }

    private void StepLevel(ref Utf8JsonReader reader, int depth, JsonTokenType token, long offset)
    {
        switch (depth)
        {
            case 2 when IsValueStart(token):
                _stepStart = offset;
                _stepToken = token;
                _stepData = null;
                _stepProperty = null;
                if (token != JsonTokenType.StartObject)
                {
                    _steps.Add(new StepLayout(offset, offset, token, null));
                }

                break;
            case 2 when token == JsonTokenType.EndObject:
                _steps.Add(new StepLayout(_stepStart, offset + 1, _stepToken, _stepData));
                break;
            case 3 when token == JsonTokenType.PropertyName:
                _stepProperty = reader.GetString();
                break;
            case 3 when token == JsonTokenType.StartArray && _stepData is null && _dataStart < 0
                && string.Equals(_stepProperty, "Data", StringComparison.OrdinalIgnoreCase):
                _dataName = _stepProperty;
                _dataStart = offset;
                _dataCount = 0;
                _contentTypes.Clear();
                break;
            case 3 when token == JsonTokenType.EndArray && _dataStart >= 0:
                _stepData = new DeferredArray(_dataName!, _dataStart, offset + 1, _dataCount, [.. _contentTypes.Order(StringComparer.Ordinal)]);
                _dataStart = -1;
                break;
            case 4 when _dataStart >= 0 && IsValueStart(token):
                _dataCount++;
                break;
            case 5 when _dataStart >= 0:
                if (token == JsonTokenType.String && _expectContentType)
                {
                    _contentTypes.Add(reader.GetString()!);
                }

                _expectContentType = token == JsonTokenType.PropertyName && reader.ValueTextEquals("ContentType"u8);
                break;
            default:
                break;
        }
    }

    private static bool IsValueStart(JsonTokenType token) => token is JsonTokenType.StartObject or JsonTokenType.StartArray
        or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null;

    private HashSet<string> NamesAt(int depth)
    {
        while (_propertyNames.Count <= depth)
        {
            _propertyNames.Add(new HashSet<string>(StringComparer.Ordinal));
        }

        return _propertyNames[depth];
    }

    private static RecipeException SyntaxError(RecipeSource source, long contentStart, string fileName, JsonException e)
    {
        var problem = ReaderPosition().Replace(e.Message, "").Trim();
        if (e.LineNumber is not { } line)
        {
            return new RecipeException(fileName, $"invalid JSON: {problem}", null, e);
        }

        var column = RecipePositions.ColumnOf(source, contentStart, line, e.BytePositionInLine ?? 0);
        return new RecipeException(fileName, $"invalid JSON: {problem}", new() { Line = (int)line + 1, Column = column }, e);
    }

    [GeneratedRegex(@"\s*(Path: .*)?\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex ReaderPosition();

    private sealed class DuplicatePropertyException(string name, long offset) : Exception
    {
        public string Name { get; } = name;

        public long Offset { get; } = offset;
    }
}
