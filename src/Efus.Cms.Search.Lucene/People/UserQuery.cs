using Efus.Cms.Search.Lucene.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// A visitor's words analyzed as the full text was: one entry per position, with the terms found
/// there (a glued compound sits beside its last word) and the words as typed. Nothing in the input
/// is syntax: quotes, wildcards, colons or brackets are only characters for the analyzer.
/// </summary>
public sealed class UserQuery
{
    private const float DisplayTextBoost = 3f;

    private UserQuery(IReadOnlyList<Position> positions) => Positions = positions;

    public IReadOnlyList<Position> Positions { get; }

    public bool IsEmpty => Positions.Count == 0;

    public static UserQuery Analyze(Analyzer analyzer, string text, int maxPositions = 32)
    {
        var positions = new List<Position>();
        using var stream = analyzer.GetTokenStream(IndexingConstants.FullText, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            var written = text[Math.Clamp(offset.StartOffset, 0, text.Length)..Math.Clamp(offset.EndOffset, 0, text.Length)];
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                if (positions.Count == maxPositions)
                {
                    break;
                }

                positions.Add(new Position([value], written));
            }
            else if (!positions[^1].Terms.Contains(value))
            {
                // A glued compound spans two words; the position keeps the narrower word as written.
                var last = positions[^1];
                positions[^1] = last with
                {
                    Terms = [.. last.Terms, value],
                    Written = written.Length < last.Written.Length ? written : last.Written,
                };
            }
        }

        stream.End();
        return new UserQuery(positions);
    }

    /// <summary>Every position must match the full text; titles that match rank higher.</summary>
    public Query All() => Build(Occur.MUST, Positions);

    /// <summary>At least one position must match.</summary>
    public Query Any() => Build(Occur.SHOULD, Positions);

    public UserQuery Without(Position position) => new([.. Positions.Where(p => p != position)]);

    public UserQuery With(Position replaced, Position replacement) => new([.. Positions.Select(p => p == replaced ? replacement : p)]);

    /// <summary>How many documents hold the position's most frequent term.</summary>
    public static int DocumentFrequency(IndexReader reader, Position position) =>
        position.Terms.Max(t => reader.DocFreq(new Term(IndexingConstants.FullText, t)));

    private static BooleanQuery Build(Occur occur, IReadOnlyList<Position> positions)
    {
        var words = new BooleanQuery();
        var titles = new BooleanQuery { Boost = DisplayTextBoost };
        foreach (var position in positions)
        {
            words.Add(Alternatives(IndexingConstants.FullText, position.Terms), occur);
            titles.Add(Alternatives(IndexingConstants.DisplayTextAnalyzed, position.Terms), Occur.SHOULD);
        }

        return new BooleanQuery
        {
            { words, Occur.MUST },
            { titles, Occur.SHOULD },
        };
    }

    private static Query Alternatives(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return any;
    }

    /// <param name="Terms">Indexed terms at this position.</param>
    /// <param name="Written">The word as the visitor typed it.</param>
    public sealed record Position(IReadOnlyList<string> Terms, string Written);
}
