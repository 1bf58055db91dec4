namespace Efus.Cms.Recipes;

public sealed record RecipeExecutionOptions
{
    /// <summary>
    /// False (default): a recipe with a step we do not support is refused before anything runs, naming
    /// every such step. True: those steps are skipped and reported in <see cref="RecipeResult.Warnings"/>.
    /// </summary>
    public bool SkipUnsupportedSteps { get; init; }

    /// <summary>
    /// Values of <c>[js: parameters('…')]</c> (setup passes AdminUserId, AdminUsername, SiteName).
    /// AdminUserId and AdminUsername fall back to the current user when not given.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The folder that <c>[file:…]</c> and media <c>SourcePath</c> may read from; by default the recipe's
    /// own folder. Widen it to a theme or module folder for recipes that, like Orchard's, reach
    /// <c>../wwwroot/…</c>.
    /// </summary>
    public string? ContentRoot { get; init; }

    /// <summary>
    /// True: every step runs inside the transaction, which is then rolled back: the result says what the
    /// recipe would create, update and change, and nothing is written.
    /// </summary>
    public bool DryRun { get; init; }

    /// <summary>Told when a step starts and as a content step imports its items.</summary>
    public IProgress<RecipeProgress>? Progress { get; init; }
}
