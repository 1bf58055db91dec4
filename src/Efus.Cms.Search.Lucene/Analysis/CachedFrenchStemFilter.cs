using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// Lucene.Net's <see cref="FrenchLightStemFilter"/> (same stemmer, same terms, keywords left alone) with the stems it
/// already computed kept by word: a text repeats its words, and the stemmer's normalisation deletes doubled letters
/// one at a time through an array copy (with the rest of the stemmer, about a tenth of indexing CPU time). The stem of
/// a word is a function of the word alone, so a kept stem is the one the stemmer would give. The cache belongs to
/// the analyzer's per-thread components and is emptied when it holds <see cref="MaxWords"/> words.
/// </summary>
internal sealed class CachedFrenchStemFilter : TokenFilter
{
    /// <summary>Words kept at most (about 1 MB of strings per analysing thread).</summary>
    public const int MaxWords = 8192;

    private readonly FrenchLightStemmer _stemmer = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public CachedFrenchStemFilter(TokenStream input)
        : base(input)
    {
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var buffer = _term.Buffer;
        var word = buffer.AsSpan(0, _term.Length);
        if (_lookup.TryGetValue(word, out var stem))
        {
            // A stem is never longer than its word: it fits in the term's buffer.
            stem.CopyTo(buffer);
            _term.Length = stem.Length;
            return true;
        }

        if (_stems.Count >= MaxWords)
        {
            _stems.Clear();
        }

        var key = word.ToString();
        var length = _stemmer.Stem(buffer, _term.Length);
        _term.Length = length;
        _stems[key] = length == key.Length && word[..length].SequenceEqual(key) ? key : new string(buffer, 0, length);
        return true;
    }
}
