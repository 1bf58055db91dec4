using Microsoft.Extensions.Options;

namespace Efus.Cms.Recipes.Tests.Infrastructure;

public static class Readers
{
    public static RecipeReader Default { get; } = new(Options.Create(new RecipeOptions()));

    public static RecipeReader WithLimit(long maxFileSize) => new(Options.Create(new RecipeOptions { MaxFileSize = maxFileSize }));
}
