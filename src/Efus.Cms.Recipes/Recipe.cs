using System.Text.Json.Nodes;

namespace Efus.Cms.Recipes;

/// <summary>
/// A parsed recipe: Orchard Core's metadata keys, its variables (still unevaluated) and its steps.
/// Script expressions are evaluated when a step runs, so one <see cref="Recipe"/> can be run again.
/// </summary>
public sealed class Recipe
{
    /// <summary>The file name used in every message about this recipe.</summary>
    public required string FileName { get; init; }

    /// <summary>The folder the recipe was read from; <c>[file:…]</c> and media <c>SourcePath</c> are relative to it. Null for a stream.</summary>
    public string? BasePath { get; init; }

    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public string? Website { get; init; }

    public string? Version { get; init; }

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Name → value (usually a script such as <c>[js:uuid()]</c>), evaluated on first use and then reused.</summary>
    public JsonObject Variables { get; init; } = [];

    public IReadOnlyList<RecipeStepDescriptor> Steps { get; init; } = [];
}
