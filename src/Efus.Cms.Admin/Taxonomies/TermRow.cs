namespace Efus.Cms.Admin.Taxonomies;

/// <summary>A term as the taxonomy page lists it: its place among its siblings tells which moves are possible.</summary>
public sealed record TermRow(string ContentItemId, string Name, string? Path, int Depth, bool First, bool Last);
