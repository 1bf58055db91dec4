using System.Text.Json.Nodes;

namespace Efus.Cms.Recipes;

/// <summary>One entry of a recipe's <c>steps</c> array, as written in the file (scripts not yet evaluated).</summary>
public sealed record RecipeStepDescriptor(int Index, string Name, JsonObject Json)
{
    /// <summary>The 1-based position used in messages.</summary>
    public int Number => Index + 1;

    public string JsonPath => $"$.steps[{Index}]";
}
