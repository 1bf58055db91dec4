namespace Efus.Cms.Recipes.Tests.Reading;

/// <summary>Tests that measure the managed heap run alone, so that other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RecipeMemoryCollection
{
    public const string Name = "Recipe memory";
}
