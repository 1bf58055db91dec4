using Efus.Cms.Core.Management;

namespace Efus.Cms.Recipes;

/// <summary>What a committed recipe did (or, in a dry run, would do).</summary>
public sealed record RecipeResult(
    int StepsRun,
    int StepsSkipped,
    int ItemsCreated,
    int ItemsUpdated,
    int ItemsUnchanged,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when nothing was written: the counts say what the recipe would do.</summary>
    public bool DryRun { get; init; }

    /// <summary>Created, updated and unchanged items by content type.</summary>
    public IReadOnlyDictionary<string, ImportSummary> ByType { get; init; } = new Dictionary<string, ImportSummary>();

    /// <summary>The types and parts whose definitions changed, e.g. "type PracticeSheet", "part PracticeSheet".</summary>
    public IReadOnlyList<string> DefinitionsChanged { get; init; } = [];

    /// <summary>The steps run, in order, as "number name".</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];
}
