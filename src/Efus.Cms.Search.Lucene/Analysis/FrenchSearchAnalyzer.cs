using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// The <c>frenchanalyzer</c>: French full-text analysis that is insensitive to accents, case,
/// elisions (l', d', qu'… with ' or ’), plurals and to how a compound is written
/// ("vidéosurveillance", "vidéo-surveillance", "vidéo surveillance").
/// Use the same instance kind at index and query time. See Analysis/README.md for what it misses.
/// </summary>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    /// <summary>The name an index definition uses to select this analyzer.</summary>
    public const string Name = "frenchanalyzer";

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // No CATENATE_WORDS: it puts "videosurveillance" at the position of "video", while the glue
    // filter puts it at the position of "surveillance", as CompoundSplitFilter does; one convention
    // keeps phrase queries consistent. No SPLIT_ON_CASE_CHANGE: "PRoTECT" or "iPhone" stay one word.
    private const WordDelimiterFlags DelimiterFlags =
        WordDelimiterFlags.GENERATE_WORD_PARTS
        | WordDelimiterFlags.GENERATE_NUMBER_PARTS
        | WordDelimiterFlags.SPLIT_ON_NUMERICS;

    // The French stop words, matched case-sensitively: tokens are lower-cased before the stop filter, and
    // the default set ignores case by lower-casing every character of every token through the culture tables.
    private static readonly CharArraySet _stopWords = new(Version, FrenchAnalyzer.DefaultStopSet.ToList(), ignoreCase: false);

    private readonly bool _trimTrailingPunctuation;

    public FrenchSearchAnalyzer()
        : this(trimTrailingPunctuation: true)
    {
    }

    /// <param name="trimTrailingPunctuation">
    /// Whether <see cref="TrailingPunctuationFilter"/> runs (it changes no term, offset or position; tests compare both).
    /// </param>
    internal FrenchSearchAnalyzer(bool trimTrailingPunctuation)
    {
        _trimTrailingPunctuation = trimTrailingPunctuation;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new FrenchTokenizer(Version, reader);
        TokenStream stream = new PunctuationTokenFilter(source);
        stream = new CombiningMarkFilter(stream);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        if (_trimTrailingPunctuation)
        {
            stream = new TrailingPunctuationFilter(stream);
        }

        stream = new WordDelimiterFilter(Version, stream, DelimiterFlags, null);
        stream = new FastLowerCaseFilter(stream);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CompoundSplitFilter(stream);
        stream = new WordGlueFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
