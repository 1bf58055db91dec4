using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Tests.Analysis;

public static class TokenDump
{
    /// Terms with their absolute positions, e.g. "video@1".
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add($"{term}@{position}");
        }

        stream.End();
        return result;
    }
}
