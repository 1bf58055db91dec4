using Efus.Cms.Core.Management;

namespace Efus.Cms.Recipes;

/// <summary>What the steps of one run report, turned into a <see cref="RecipeResult"/> once it commits.</summary>
internal sealed class RecipeRun
{
    public List<string> Warnings { get; } = [];

    public int StepsRun { get; set; }

    public int StepsSkipped { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Created, updated and unchanged items by content type.</summary>
    public SortedDictionary<string, ImportSummary> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>The types and parts whose definitions a step changed, e.g. "type PracticeSheet".</summary>
    public SortedSet<string> DefinitionsChanged { get; } = new(StringComparer.Ordinal);

    /// <summary>"1 ContentDefinition", "2 content"… the steps run, in order.</summary>
    public List<string> Steps { get; } = [];

    public RecipeResult ToResult(bool dryRun) => new(StepsRun, StepsSkipped, Created, Updated, Unchanged, [.. Warnings])
    {
        DryRun = dryRun,
        ByType = new SortedDictionary<string, ImportSummary>(ByType, StringComparer.Ordinal),
        DefinitionsChanged = [.. DefinitionsChanged],
        Steps = [.. Steps],
    };
}
