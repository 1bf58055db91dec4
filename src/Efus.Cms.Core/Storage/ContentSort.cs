namespace Efus.Cms.Core.Storage;

/// <summary>One key of a list's order; several keys sort by the first, then the next.</summary>
public sealed record ContentSort(ContentColumn Column, bool Descending = false);
