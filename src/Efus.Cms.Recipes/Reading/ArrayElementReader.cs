using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Recipes.Reading;

/// <summary>
/// Reads a JSON array of the recipe file one element at a time: only the current element's bytes
/// (and one buffer) are held, whatever the size of the array.
/// </summary>
internal sealed class ArrayElementReader : IDisposable
{
    private readonly Stream _stream;
    private long _remaining;
    private byte[] _buffer;
    private int _filled;
    private int _readFrom;
    private int _elementStart = -1;
    private bool _eof;
    private bool _done;
    private JsonReaderState _state = new(RecipeScanner.ReaderOptions);

    public ArrayElementReader(RecipeSource source, long start, long end, int bufferSize = RecipeScanner.DefaultBufferSize)
    {
        _stream = source.OpenAt(start);
        _remaining = end - start;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 16));
        Fill();
    }

    /// <summary>The next element, parsed; false after the last one.</summary>
    public bool TryReadNext(out JsonNode? element)
    {
        element = null;
        while (!_done)
        {
            if (TryReadElement(out var end))
            {
                element = RecipeJson.ParseNullable(_buffer.AsSpan(_elementStart, end - _elementStart));
                _elementStart = -1;
                return true;
            }

            if (!_done)
            {
                if (_eof)
                {
                    throw new InvalidDataException("the recipe file ended inside an array; was it changed while being imported?");
                }

                Fill();
            }
        }

        return false;
    }

    /// <summary>Reads tokens until an element ends (its end index in the buffer), the array ends, or more bytes are needed.</summary>
    private bool TryReadElement(out int end)
    {
        end = 0;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_readFrom, _filled - _readFrom), _eof, _state);
        var complete = false;
        while (!complete && reader.Read())
        {
            var index = _readFrom + (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray when reader.CurrentDepth == 0:
                    _done = true;
                    complete = true;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth == 1:
                    _elementStart = index;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    complete = true;
                    break;
                case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
                    when reader.CurrentDepth == 1:
                    _elementStart = index;
                    complete = true;
                    break;
                default:
                    break;
            }
        }

        _state = reader.CurrentState;
        _readFrom += (int)reader.BytesConsumed;
        end = _readFrom;
        return complete && !_done;
    }

    private void Fill()
    {
        var keep = _elementStart >= 0 ? _elementStart : _readFrom;
        _buffer.AsSpan(keep, _filled - keep).CopyTo(_buffer);
        _filled -= keep;
        _readFrom -= keep;
        if (_elementStart >= 0)
        {
            _elementStart -= keep;
        }

        if (_filled == _buffer.Length)
        {
            // One element larger than the buffer: make room for it.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _filled).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var wanted = (int)Math.Min(_buffer.Length - _filled, _remaining);
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_filled, wanted), wanted, throwOnEndOfStream: false);
        _filled += read;
        _remaining -= read;
        _eof = _remaining == 0 || read < wanted;
    }

    public void Dispose()
    {
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
