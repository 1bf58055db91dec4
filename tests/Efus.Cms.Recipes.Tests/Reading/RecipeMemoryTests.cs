using System.Text;
using Efus.Cms.Recipes.Tests.Infrastructure;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Reading;

[Collection(RecipeMemoryCollection.Name)]
public sealed class RecipeMemoryTests
{
    // Holding the parsed file, as the reader did before, kept several times its 47 MB; now the items stay in the
    // file and what is held is the steps' metadata and the reader's pooled 1 MB buffer.
    [Fact]
    public async Task ReadFile_LargeContentStep_KeepsLittleMoreThanItsMetadata()
    {
        using var folder = new TempFolder();
        var path = folder.File("large.recipe.json");
        var text = new string('x', 2000);
        await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync("""{"name":"Large","steps":[""" + Definitions + """,{"name":"content","Data":[""");
            for (var i = 0; i < 20_000; i++)
            {
                await writer.WriteAsync((i == 0 ? "" : ",\n") + Sheet($"s{i}", $"s{i}v", $"Sheet {i} {text}", $"sheet-{i}"));
            }

            await writer.WriteAsync("]}]}");
        }

        var fileSize = new FileInfo(path).Length;
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var recipe = await Readers.WithLimit(long.MaxValue).ReadFileAsync(path);

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(20_000, recipe.Steps[1].Data!.Count);
        Assert.True(fileSize > 40_000_000, $"the file is {fileSize} bytes");
        Assert.True(held < 4_000_000, $"reading a {fileSize / 1_000_000} MB recipe holds {held / 1_000} KB");
        GC.KeepAlive(recipe);
    }
}
