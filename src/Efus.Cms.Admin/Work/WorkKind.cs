namespace Efus.Cms.Admin.Work;

/// <summary>The long jobs the admin starts in the background.</summary>
public enum WorkKind
{
    RecipeDryRun,
    RecipeImport,
    Reindex,
}
