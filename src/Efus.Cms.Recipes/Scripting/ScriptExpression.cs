using System.Globalization;
using System.Text;

namespace Efus.Cms.Recipes.Scripting;

/// <summary>
/// The small part of JavaScript that Orchard recipes use: string and number literals, function
/// calls, <c>+</c>, parentheses and <c>new Date().toISOString()</c>. Not a JavaScript engine: anything
/// else is refused with a message saying what is supported.
/// </summary>
internal sealed class ScriptExpression
{
    private readonly string _text;
    private readonly Func<string, IReadOnlyList<object?>, object?> _call;
    private readonly Func<string> _now;
    private int _position;

    private ScriptExpression(string text, Func<string, IReadOnlyList<object?>, object?> call, Func<string> now)
    {
        _text = text;
        _call = call;
        _now = now;
    }

    /// <summary>Evaluates <paramref name="text"/>; <paramref name="call"/> answers function calls, <paramref name="now"/> gives <c>new Date().toISOString()</c>.</summary>
    public static string Evaluate(string text, Func<string, IReadOnlyList<object?>, object?> call, Func<string> now)
    {
        var expression = new ScriptExpression(text, call, now);
        var value = expression.Additive();
        expression.SkipSpaces();
        if (expression.Peek() == ';')
        {
            expression._position++;
            expression.SkipSpaces();
        }

        if (!expression.AtEnd)
        {
            throw expression.Unexpected();
        }

        return ToText(value);
    }

    public static string ToText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private bool AtEnd => _position >= _text.Length;

    private object? Additive()
    {
        var left = Primary();
        while (true)
        {
            SkipSpaces();
            if (Peek() != '+')
            {
                return left;
            }

            _position++;
            var right = Primary();
            left = left is double a && right is double b ? a + b : ToText(left) + ToText(right);
        }
    }

    private object? Primary()
    {
        SkipSpaces();
        var c = Peek();
        if (c == '(')
        {
            _position++;
            var inner = Additive();
            Expect(')');
            return inner;
        }

        if (c is '\'' or '"' or '`')
        {
            return StringLiteral(c);
        }

        if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(PeekAt(1))))
        {
            return Number();
        }

        if (IsIdentifierStart(c))
        {
            var name = Identifier();
            return name switch
            {
                "new" => NewDate(),
                "true" => true,
                "false" => false,
                "null" or "undefined" => null,
                _ => Call(name),
            };
        }

        throw Unexpected();
    }

    private object? Call(string name)
    {
        SkipSpaces();
        if (Peek() != '(')
        {
            throw new ScriptException($"'{name}' is not supported here (only function calls such as uuid() or variables('name'))");
        }

        _position++;
        var arguments = new List<object?>();
        SkipSpaces();
        if (Peek() != ')')
        {
            while (true)
            {
                arguments.Add(Additive());
                SkipSpaces();
                if (Peek() != ',')
                {
                    break;
                }

                _position++;
            }
        }

        Expect(')');
        SkipSpaces();
        if (Peek() == '.')
        {
            throw new ScriptException($"member access after {name}(…) is not supported");
        }

        return _call(name, arguments);
    }

    private string NewDate()
    {
        SkipSpaces();
        var type = IsIdentifierStart(Peek()) ? Identifier() : "";
        if (type != "Date")
        {
            throw new ScriptException("only 'new Date().toISOString()' is supported after 'new'");
        }

        Expect('(');
        Expect(')');
        Expect('.');
        SkipSpaces();
        var member = IsIdentifierStart(Peek()) ? Identifier() : "";
        if (member != "toISOString")
        {
            throw new ScriptException("only 'new Date().toISOString()' is supported after 'new'");
        }

        Expect('(');
        Expect(')');
        return _now();
    }

    private string StringLiteral(char quote)
    {
        _position++;
        var text = new StringBuilder();
        while (!AtEnd)
        {
            var c = _text[_position++];
            if (c == quote)
            {
                return text.ToString();
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (AtEnd)
            {
                break;
            }

            var escaped = _text[_position++];
            switch (escaped)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when _position + 4 <= _text.Length
                    && int.TryParse(_text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    _position += 4;
                    break;
                default: text.Append(escaped); break;
            }
        }

        throw new ScriptException("a string literal is not closed");
    }

    private double Number()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        while (!AtEnd && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        var text = _text.AsSpan(start, _position - start);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ScriptException($"'{text}' is not a number");
    }

    private string Identifier()
    {
        var start = _position;
        while (!AtEnd && (IsIdentifierStart(_text[_position]) || char.IsAsciiDigit(_text[_position])))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (Peek() != c)
        {
            throw AtEnd ? new ScriptException($"expected '{c}' but the expression ended") : Unexpected($"expected '{c}'");
        }

        _position++;
    }

    private ScriptException Unexpected(string? expected = null)
    {
        var found = AtEnd ? "the end of the expression" : $"'{_text[_position]}' at character {_position + 1}";
        return new ScriptException(expected is null ? $"unexpected {found}" : $"{expected}, found {found}");
    }

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private char Peek() => AtEnd ? '\0' : _text[_position];

    private char PeekAt(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';
}
