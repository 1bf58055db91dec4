using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// A <see cref="TextField"/> whose tokens are texts the document builder already analysed, replayed by one
/// <see cref="ReplayTokenStream"/> per thread: the index writer consumes a field's stream completely before
/// it asks the next field for its own, on the same thread.
/// </summary>
internal sealed class ReplayedTextField(string name, string value, bool stored, IReadOnlyList<AnalyzedText> texts, IReadOnlyList<int> lengths, bool gluedPairs)
    : Field(name, value, stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static ReplayTokenStream? _stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = _stream ??= new ReplayTokenStream();
        stream.Set(texts, lengths, gluedPairs);
        return stream;
    }
}
