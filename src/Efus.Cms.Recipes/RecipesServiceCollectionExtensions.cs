using Efus.Cms.Recipes.Export;
using Efus.Cms.Recipes.Steps;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Recipes;

public static class RecipesServiceCollectionExtensions
{
    /// <summary>
    /// The recipe reader, executor, exporter and every supported step (scoped). Needs AddEfusCore and a
    /// store. Another feature adds its own step with <c>services.AddScoped&lt;IRecipeStep, MyStep&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddEfusRecipes(this IServiceCollection services, Action<RecipeOptions>? configure = null)
    {
        var options = services.AddOptions<RecipeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddScoped<RecipeReader>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<SiteExporter>();
        services.AddScoped<IRecipeStep, FeatureStep>();
        services.AddScoped<IRecipeStep, ThemesStep>();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, ContentDefinitionStep>();
        services.AddScoped<IRecipeStep, ReplaceContentDefinitionStep>();
        services.AddScoped<IRecipeStep, DeleteContentDefinitionStep>();
        services.AddScoped<IRecipeStep, LuceneIndexStep>();
        services.AddScoped<IRecipeStep, CreateOrUpdateIndexProfileStep>();
        services.AddScoped<IRecipeStep, LuceneIndexRebuildStep>();
        services.AddScoped<IRecipeStep, LuceneIndexResetStep>();
        services.AddScoped<IRecipeStep, GraphQLQueriesStep>();
        services.AddScoped<IRecipeStep, MediaStep>();
        services.AddScoped<IRecipeStep, ContentStep>();
        return services;
    }
}
