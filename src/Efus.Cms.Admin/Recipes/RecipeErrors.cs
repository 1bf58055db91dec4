using Efus.Cms.Admin.Editors;
using Efus.Cms.Recipes;

namespace Efus.Cms.Admin.Recipes;

/// <summary>A refused recipe, said in the editor's language: where (line and column, or step and JSON path) and the problem.</summary>
public static class RecipeErrors
{
    public static EditorMessage Describe(RecipeException e) => e.Location switch
    {
        { Line: { } line, Column: { } column } => new("Ligne {0}, colonne {1} : {2}", Text(line), Text(column), e.Problem),
        { StepNumber: { } step, StepName: { } name, JsonPath: { } path } => new("Étape {0} « {1} », à {2} : {3}", Text(step), name, path, e.Problem),
        { StepNumber: { } step, StepName: { } name } => new("Étape {0} « {1} » : {2}", Text(step), name, e.Problem),
        _ => new("{0}", e.Problem),
    };

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
