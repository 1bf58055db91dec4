namespace Efus.Cms.Recipes.Scripting;

/// <summary>A script expression cannot be evaluated; the scope adds the JSON path of the string.</summary>
internal sealed class ScriptException(string problem) : Exception(problem);
