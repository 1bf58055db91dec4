using System.Globalization;
using System.Text;

namespace Efus.Cms.DataGenerator.Text;

/// <summary>
/// Expands the templates of a <see cref="LanguagePack"/> into sentences, paragraphs and titles.
/// Tokens: {S} subject; {O} a measure and {P} a problem, each also as {O.of}, {O.to}, {O.bare} (of, to, no article);
/// {T.bare} and {T.of} either kind; {V}/{VP} a verb taking a measure/a problem, agreeing with the last subject; {I}/{IP} the same
/// as infinitives ({I.de}, {IP.de}); {C} complement; {K} connector; {CITY} ({CITY.de}); {COUNTRY}; {YEAR};
/// {N} small number; {PCT} percentage; {EUR} amount. Every choice is drawn from the shared random source.
/// </summary>
internal sealed class TextGenerator(LanguagePack pack, Random random)
{
    private readonly NounPhrase[] _topics = [.. pack.Measures, .. pack.Problems];
    private readonly StringBuilder _sentence = new(256);
    private readonly StringBuilder _text = new(4096);
    private readonly StringBuilder _candidate = new(256);
    private bool _plural;

    public LanguagePack Pack => pack;

    /// <summary>Expands one template (a title, a short field) with its first letter capitalised.</summary>
    public string Expand(string template, TextContext context)
    {
        _sentence.Clear();
        AppendSentence(_sentence, template, context);
        return _sentence.ToString();
    }

    /// <summary>Expands a template drawn from <paramref name="templates"/>.</summary>
    public string ExpandOne(IReadOnlyList<string> templates, TextContext context) =>
        Expand(templates[random.Next(templates.Count)], context);

    /// <summary>Plain sentences, between <paramref name="minWords"/> and <paramref name="maxWords"/> words in all.</summary>
    public string PlainText(int minWords, int maxWords, TextContext context)
    {
        _text.Clear();
        AppendSentences(_text, minWords, maxWords, paragraphs: false, context);
        return _text.ToString();
    }

    /// <summary><c>&lt;p&gt;</c> paragraphs of 40 to 110 words, between <paramref name="minWords"/> and <paramref name="maxWords"/> words in all.</summary>
    public string Html(int minWords, int maxWords, TextContext context)
    {
        _text.Clear();
        _text.Append("<p>");
        AppendSentences(_text, minWords, maxWords, paragraphs: true, context);
        _text.Append("</p>");
        return _text.ToString();
    }

    private void AppendSentences(StringBuilder text, int minWords, int maxWords, bool paragraphs, TextContext context)
    {
        var target = random.Next(minWords, maxWords + 1);
        var written = 0;
        var inParagraph = 0;
        var paragraphTarget = random.Next(40, 111);
        while (written < target)
        {
            _candidate.Clear();
            AppendSentence(_candidate, pack.Sentences[random.Next(pack.Sentences.Count)], context);
            var words = CountWords(_candidate);
            if (written >= minWords && written + words > maxWords)
            {
                break;
            }

            // A new paragraph only when the current one is long enough and enough text is left to fill the next.
            if (paragraphs && inParagraph >= paragraphTarget && target - written >= 25)
            {
                text.Append("</p><p>");
                inParagraph = 0;
                paragraphTarget = random.Next(40, 111);
            }
            else if (written > 0)
            {
                text.Append(' ');
            }

            text.Append(_candidate);
            written += words;
            inParagraph += words;
        }
    }

    private void AppendSentence(StringBuilder text, string template, TextContext context)
    {
        var start = text.Length;
        _plural = false;
        AppendTemplate(text, template, context);
        if (text.Length > start)
        {
            text[start] = char.ToUpperInvariant(text[start]);
        }
    }

    private void AppendTemplate(StringBuilder text, string template, TextContext context)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                return;
            }

            text.Append(template, position, open - position);
            var close = template.IndexOf('}', open);
            AppendToken(text, template.AsSpan(open + 1, close - open - 1), context);
            position = close + 1;
        }
    }

    private void AppendToken(StringBuilder text, ReadOnlySpan<char> token, TextContext context)
    {
        switch (token)
        {
            case "S":
                var subject = Pick(pack.Subjects);
                _plural = subject.IsPlural;
                text.Append(subject.Definite);
                break;
            case "V":
                AppendVerb(text, pack.Verbs);
                break;
            case "VP":
                AppendVerb(text, pack.CounterVerbs);
                break;
            case "O":
                text.Append(Pick(pack.Measures).Definite);
                break;
            case "O.of":
                text.Append(Pick(pack.Measures).Of);
                break;
            case "O.to":
                text.Append(Pick(pack.Measures).To);
                break;
            case "O.bare":
                text.Append(Pick(pack.Measures).Bare);
                break;
            case "P":
                text.Append(Pick(pack.Problems).Definite);
                break;
            case "P.of":
                text.Append(Pick(pack.Problems).Of);
                break;
            case "P.to":
                text.Append(Pick(pack.Problems).To);
                break;
            case "P.bare":
                text.Append(Pick(pack.Problems).Bare);
                break;
            case "T.bare":
                text.Append(Pick(_topics).Bare);
                break;
            case "T.of":
                text.Append(Pick(_topics).Of);
                break;
            case "I":
                text.Append(Pick(pack.Infinitives).Bare);
                break;
            case "I.de":
                text.Append(Pick(pack.Infinitives).Introduced);
                break;
            case "IP":
                text.Append(Pick(pack.CounterInfinitives).Bare);
                break;
            case "IP.de":
                text.Append(Pick(pack.CounterInfinitives).Introduced);
                break;
            case "C":
                text.Append(Pick(pack.Complements));
                break;
            case "K":
                AppendTemplate(text, Pick(pack.Connectors), context);
                break;
            case "CITY":
                text.Append(context.City.NameIn(pack.Language));
                break;
            case "CITY.de":
                text.Append(context.City.OfIn(pack.Language));
                break;
            case "COUNTRY":
                text.Append(context.City.CountryIn(pack.Language));
                break;
            case "YEAR":
                text.Append(context.Year.ToString(CultureInfo.InvariantCulture));
                break;
            case "N":
                text.Append(random.Next(2, 13).ToString(CultureInfo.InvariantCulture));
                break;
            case "PCT":
                text.Append(random.Next(5, 71).ToString(CultureInfo.InvariantCulture));
                break;
            case "EUR":
                text.Append(random.Next(15, 900).ToString(CultureInfo.InvariantCulture)).Append(pack.ThousandsSeparator).Append("000");
                break;
            default:
                throw new InvalidOperationException($"Unknown template token '{{{token}}}'.");
        }
    }

    private void AppendVerb(StringBuilder text, IReadOnlyList<Verb> verbs)
    {
        var verb = Pick(verbs);
        text.Append(_plural ? verb.Plural : verb.Singular);
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static int CountWords(StringBuilder sentence)
    {
        var words = 1;
        foreach (var chunk in sentence.GetChunks())
        {
            words += chunk.Span.Count(' ');
        }

        return words;
    }
}
