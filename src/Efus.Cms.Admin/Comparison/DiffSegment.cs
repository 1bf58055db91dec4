namespace Efus.Cms.Admin.Comparison;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words that both versions share, or that only one has.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
