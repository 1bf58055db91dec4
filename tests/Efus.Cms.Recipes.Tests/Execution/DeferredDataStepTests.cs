using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Recipes.Tests.Execution;

/// <summary>A step other than <c>content</c> that has a <c>Data</c> array still reads it whole from <see cref="RecipeStepContext.Step"/>, scripts evaluated.</summary>
public sealed class DeferredDataStepTests
{
    [Fact]
    public async Task CustomStep_ReadingStep_GetsItsWholeDataWithScriptsEvaluated()
    {
        using var folder = new TempFolder();
        var path = folder.File("custom.recipe.json", """
            {"name":"Custom","variables":{"who":"[js: 'Ada' + ' L.']"},"steps":[
              {"name":"echo","Data":[{"Name":"[js: variables('who')]"},"[js: variables('who')]",3],"After":"[js: variables('who')]"}]}
            """);
        await using var site = new TestSite();
        var step = new EchoStep();

        await site.InScopeAsync(async s =>
        {
            var recipe = await s.GetRequiredService<RecipeReader>().ReadFileAsync(path);
            var executor = new RecipeExecutor([step], s.GetRequiredService<IUnitOfWork>(), s.GetRequiredService<ICurrentUser>(),
                TimeProvider.System, s.GetRequiredService<IOptions<RecipeOptions>>(), NullLogger<RecipeExecutor>.Instance);
            return await executor.ExecuteAsync(recipe);
        });

        Assert.Equal("""[{"Name":"Ada L."},"Ada L.",3]""", step.Items);
        Assert.Equal("Ada L.", step.Trailer);
    }

    private sealed class EchoStep : IRecipeStep
    {
        public string Name => "echo";

        public string? Items { get; private set; }

        public string? Trailer { get; private set; }

        public Task ExecuteAsync(RecipeStepContext context)
        {
            Items = context.Step["Data"]!.ToJsonString();
            Trailer = context.Step["After"]!.GetValue<string>();
            return Task.CompletedTask;
        }
    }
}
