namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>The rebuild generation and the definition hash an index was built with (see <see cref="IndexGenerations"/>).</summary>
public sealed record IndexBuild(string Generation, string Definition);
