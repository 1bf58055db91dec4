namespace Efus.Cms.Admin.Recipes;

/// <summary>An uploaded recipe, kept in memory between its dry run and the confirmed import.</summary>
public sealed record RecipeUpload(string FileName, byte[] Content, bool SkipUnsupported);
