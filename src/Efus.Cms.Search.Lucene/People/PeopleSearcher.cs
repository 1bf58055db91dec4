using System.Net;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Highlighting;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// The search for people, on one searcher: all the words over the full text (titles rank higher),
/// and when that finds nothing, close spellings of words found nowhere, then the words without the
/// rarest one, then any of the words. Facets are counted in the same pass as the hits; snippets are
/// highlighted with &lt;mark&gt;. Thread-safe (each call has its own state).
/// </summary>
public static class PeopleSearcher
{
    /// <summary>
    /// Highlighting re-analyzes the stored text of every hit of the page: the first few thousand
    /// characters (title, summary, first paragraphs) give the snippet at a bounded cost.
    /// </summary>
    public const int MaxHighlightedChars = 3_000;

    private const int MinFuzzyLength = 4;
    private const int MaxFuzzyExpansions = 50;
    private const int SnippetLength = 160;

    private static readonly string[] _dimensionFields = [.. SearchFacetOptions.Dimensions.Select(IndexingConstants.Facet)];

    public static SearchResult Search(IndexSearcher searcher, Analyzer analyzer, SearchRequest request, FacetLabels.Snapshot? labels) =>
        SearchPages(searcher, analyzer, request, [request.Page], labels)[0];

    /// <summary>
    /// Several pages of one search (<paramref name="request"/>'s own page is ignored) from one pass over
    /// the matches: the same total, facets and fallback for each, and each page's hits.
    /// </summary>
    public static IReadOnlyList<SearchResult> SearchPages(IndexSearcher searcher, Analyzer analyzer, SearchRequest request, IReadOnlyList<int> pages, FacetLabels.Snapshot? labels)
    {
        if (pages.Count == 0)
        {
            throw new ArgumentException("At least one page is needed.", nameof(pages));
        }

        if (pages.Select(page => (request with { Page = page }).Problem()).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var words = UserQuery.Analyze(analyzer, request.Query);
        if (words.IsEmpty)
        {
            return [.. pages.Select(_ => SearchResult.Empty)];
        }

        IReadOnlyList<string>[] selected = [request.Types, request.Themes, request.Years, request.Countries];
        var first = pages.Min();
        var topHits = pages.Max() * request.PageSize;
        var query = words.All();
        var run = Run(searcher, query, selected, request, topHits);
        SearchFallback? fallback = null;

        if (run.Total == 0)
        {
            if (Fallback(searcher, words, selected, request, topHits) is { } looser)
            {
                (query, run, fallback) = looser;
            }
        }

        // The top documents can be taken from the collector once: from the first page asked to the last.
        var top = run.TopDocs((first - 1) * request.PageSize, topHits - (first - 1) * request.PageSize).ScoreDocs;
        var highlighter = new SearchHighlighter(fragmentSize: SnippetLength, maxCharsToAnalyze: MaxHighlightedChars);
        var facets = Facets(run, selected, labels);
        return [.. pages.Select(page =>
        {
            var hits = top.Skip((page - first) * request.PageSize).Take(request.PageSize)
                .Select(hit => Hit(searcher, analyzer, highlighter, query, hit)).ToList();
            return new SearchResult(run.Total, hits, facets, fallback);
        })];
    }

    private static (Query, FacetingCollector, SearchFallback)? Fallback(IndexSearcher searcher, UserQuery words, IReadOnlyList<string>[] selected, SearchRequest request, int topHits)
    {
        var reader = searcher.IndexReader;
        var frequencies = words.Positions.ToDictionary(p => p, p => UserQuery.DocumentFrequency(reader, p));

        // Words found nowhere: the closest indexed spelling.
        var corrected = words;
        var suggestions = new List<string>();
        foreach (var position in words.Positions.Where(p => frequencies[p] == 0))
        {
            if (Neighbour(reader, position) is { } neighbour)
            {
                corrected = corrected.With(position, position with { Terms = [neighbour] });
                suggestions.Add(neighbour);
            }
        }

        if (suggestions.Count > 0)
        {
            var query = corrected.All();
            var run = Run(searcher, query, selected, request, topHits);
            if (run.Total > 0)
            {
                return (query, run, new SearchFallback("spelling", "Aucun résultat pour ces mots ; résultats pour des mots proches.", Suggestions: suggestions));
            }
        }

        if (words.Positions.Count < 2)
        {
            return null;
        }

        var rarest = words.Positions.MinBy(p => frequencies[p])!;
        var without = words.Without(rarest).All();
        var withoutRun = Run(searcher, without, selected, request, topHits);
        if (withoutRun.Total > 0)
        {
            return (without, withoutRun, new SearchFallback("without-term", $"Aucun résultat avec tous les mots ; résultats sans « {rarest.Written} ».", Dropped: rarest.Written));
        }

        var any = words.Any();
        var anyRun = Run(searcher, any, selected, request, topHits);
        return anyRun.Total > 0
            ? (any, anyRun, new SearchFallback("any-word", "Aucun résultat avec tous les mots ; résultats contenant l’un d’eux."))
            : null;
    }

    private static FacetingCollector Run(IndexSearcher searcher, Query query, IReadOnlyList<string>[] selected, SearchRequest request, int topHits)
    {
        var collector = new FacetingCollector(_dimensionFields, selected, topHits);
        searcher.Search(Visible(query, request.HiddenTypes), collector);
        return collector;
    }

    /// <summary>The query without the items of the types the caller may not view.</summary>
    private static Query Visible(Query query, IReadOnlyCollection<string> hiddenTypes)
    {
        if (hiddenTypes.Count == 0)
        {
            return query;
        }

        var visible = new BooleanQuery { { query, Occur.MUST } };
        foreach (var type in hiddenTypes)
        {
            visible.Add(new TermQuery(new Term(IndexingConstants.ContentType, type)), Occur.MUST_NOT);
        }

        return visible;
    }

    // A bounded fuzzy expansion: the closest indexed term, the most frequent among equals.
    private static string? Neighbour(IndexReader reader, UserQuery.Position position)
    {
        var term = position.Terms[0];
        if (term.Length < MinFuzzyLength)
        {
            return null;
        }

        var fuzzy = new FuzzyQuery(new Term(IndexingConstants.FullText, term), term.Length >= 7 ? 2 : 1, prefixLength: 1, MaxFuzzyExpansions, transpositions: true);
        if (fuzzy.Rewrite(reader) is not BooleanQuery expanded)
        {
            return null;
        }

        return expanded.Clauses.Select(c => c.Query).OfType<TermQuery>()
            .OrderByDescending(t => t.Boost)
            .ThenByDescending(t => reader.DocFreq(t.Term))
            .Select(t => t.Term.Text)
            .FirstOrDefault();
    }

    private static SearchHit Hit(IndexSearcher searcher, Analyzer analyzer, SearchHighlighter highlighter, Query query, ScoreDoc hit)
    {
        var stored = StoredHitCache.Load(searcher, hit.Doc);
        var snippet = stored.Snippet;
        var highlights = highlighter.GetFragments(query, analyzer, IndexingConstants.FullText, snippet, maxFragments: 2);
        if (highlights.Count == 0 && snippet.Length > 0)
        {
            highlights = [WebUtility.HtmlEncode(snippet.Length <= SnippetLength ? snippet : snippet[..SnippetLength] + "…")];
        }

        return new SearchHit(stored.ContentItemId, stored.ContentType, stored.DisplayText, stored.Path, hit.Score, highlights);
    }

    private static SearchFacets Facets(FacetingCollector run, IReadOnlyList<string>[] selected, FacetLabels.Snapshot? labels)
    {
        IReadOnlyList<FacetValue> Dimension(int d, Func<string, string> label)
        {
            var counts = new Dictionary<string, int>(run.Counts(d), StringComparer.Ordinal);
            foreach (var value in selected[d])
            {
                counts.TryAdd(value, 0);
            }

            return [.. counts.Select(p => new FacetValue(p.Key, label(p.Key), p.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)];
        }

        return new SearchFacets(
            Dimension(0, v => labels?.Types.GetValueOrDefault(v) ?? v),
            Dimension(1, v => labels?.Terms.GetValueOrDefault(v) ?? v),
            Dimension(2, v => v),
            Dimension(3, v => v));
    }
}
