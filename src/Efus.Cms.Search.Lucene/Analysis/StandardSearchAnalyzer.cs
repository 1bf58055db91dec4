using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// The <c>standardanalyzer</c>: Lucene's StandardAnalyzer (LUCENE_48), Orchard Core's default.
/// A factory because Lucene.NET seals StandardAnalyzer.
/// </summary>
public static class StandardSearchAnalyzer
{
    /// <summary>The name an index definition uses to select this analyzer.</summary>
    public const string Name = "standardanalyzer";

    /// <summary>Creates a new StandardAnalyzer; the caller disposes it.</summary>
    public static Analyzer Create() => new StandardAnalyzer(LuceneVersion.LUCENE_48);
}
