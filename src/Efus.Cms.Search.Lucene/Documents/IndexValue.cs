namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// What one field contributes to a search document, before names and index settings are applied:
/// the builder writes each value under the field's keys plus <see cref="Suffix"/>.
/// </summary>
public abstract record IndexValue(string Suffix);

/// <summary>Words a reader sees (HTML already stripped): analyzed, or one keyword when the field says Keyword.</summary>
public sealed record TextValue(string Suffix, string Text) : IndexValue(Suffix);

/// <summary>An exact value (ids, booleans, dates): never analyzed.</summary>
public sealed record KeywordValue(string Suffix, string Value) : IndexValue(Suffix);

public sealed record LongValue(string Suffix, long Value) : IndexValue(Suffix);

public sealed record DoubleValue(string Suffix, double Value) : IndexValue(Suffix);

/// <summary>A media file whose text (a PDF's) is indexed under <c>.FileText</c> and in the full text.</summary>
public sealed record AttachmentValue(string Path) : IndexValue(".FileText");
