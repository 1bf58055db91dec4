using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>themes</c> step (<c>{"admin": "TheAdmin", "site": "TheBlogTheme"}</c>, <c>site</c> may be
/// empty for a headless site): records them in the "Themes" document as <c>{"Admin": …, "Site": …}</c>.
/// A key the step does not mention keeps its value.
/// </summary>
public sealed class ThemesStep(IDocumentStore documents) : IRecipeStep
{
    public const string Admin = "Admin";

    public const string Site = "Site";

    public string Name => "themes";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var document = await documents.GetAsync(DocumentNames.Themes, context.CancellationToken) ?? [];
        if (context.Property("admin").Value is not null)
        {
            document[Admin] = RecipeStepContext.StringOf(context.Step, "admin", context.JsonPath);
        }

        if (context.Property("site").Value is not null)
        {
            document[Site] = RecipeStepContext.StringOf(context.Step, "site", context.JsonPath);
        }

        await documents.SaveAsync(DocumentNames.Themes, document, context.CancellationToken);
    }
}
