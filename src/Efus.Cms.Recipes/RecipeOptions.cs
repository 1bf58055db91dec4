namespace Efus.Cms.Recipes;

/// <summary>Limits of the recipe reader; bind from configuration with <c>services.Configure&lt;RecipeOptions&gt;(…)</c>.</summary>
public sealed class RecipeOptions
{
    public const long DefaultMaxFileSize = 50L * 1024 * 1024;

    /// <summary>Largest recipe accepted, in bytes, checked before parsing (default 50 MB).</summary>
    public long MaxFileSize { get; set; } = DefaultMaxFileSize;
}
