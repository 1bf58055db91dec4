using System.Text.Json.Nodes;

namespace Efus.Cms.Recipes;

/// <summary>One element of a step's array: its position, its JSON path and its JSON (script expressions evaluated).</summary>
public sealed record RecipeArrayElement(int Index, string JsonPath, JsonNode? Json);
