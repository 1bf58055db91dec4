using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class MediaStoreContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    private readonly string _folder = $"m{Guid.NewGuid():N}";

    [Fact]
    public async Task SaveAsync_NewFile_GetReturnsContentAndUtcDate()
    {
        var path = $"{_folder}/manifeste-2025.pdf";
        byte[] content = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF];
        var before = DateTime.UtcNow.AddSeconds(-1);

        await WithMediaAsync(m => m.SaveAsync(path, content));

        var file = await WithMediaAsync(m => m.GetAsync(path));
        Assert.NotNull(file);
        Assert.Equal(path, file.Path);
        Assert.Equal(content, file.Content);
        Assert.Equal(DateTimeKind.Utc, file.ModifiedUtc.Kind);
        Assert.InRange(file.ModifiedUtc, before, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task GetInfoAsync_SavedFile_ReturnsLengthWithoutContent()
    {
        var path = $"{_folder}/rapport.pdf";
        await WithMediaAsync(m => m.SaveAsync(path, [1, 2, 3, 4]));

        var info = await WithMediaAsync(m => m.GetInfoAsync(path));
        var missing = await WithMediaAsync(m => m.GetInfoAsync($"{_folder}/absent.pdf"));

        Assert.Equal(4, info?.Length);
        Assert.Null(missing);
    }

    [Fact]
    public async Task SaveAsync_ExistingPath_ReplacesContent()
    {
        var path = $"{_folder}/logo.png";
        await WithMediaAsync(m => m.SaveAsync(path, [1, 2, 3]));

        await WithMediaAsync(m => m.SaveAsync(path, [9]));

        Assert.Equal([9], (await WithMediaAsync(m => m.GetAsync(path)))?.Content);
        Assert.Equal(1, Assert.Single(await ListMineAsync()).Length);
    }

    [Fact]
    public async Task ListAsync_SavedFiles_ListedByPathWithLengths()
    {
        await WithMediaAsync(m => m.SaveAsync($"{_folder}/b.txt", [1, 2]));
        await WithMediaAsync(m => m.SaveAsync($"{_folder}/a.txt", [1, 2, 3]));

        var files = await ListMineAsync();

        Assert.Equal([($"{_folder}/a.txt", 3L), ($"{_folder}/b.txt", 2L)], files.Select(f => (f.Path, f.Length)));
        Assert.All(files, f => Assert.Equal(DateTimeKind.Utc, f.ModifiedUtc.Kind));
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        var path = $"{_folder}/old.jpg";
        await WithMediaAsync(m => m.SaveAsync(path, [1]));

        Assert.True(await WithMediaAsync(m => m.DeleteAsync(path)));
        Assert.False(await WithMediaAsync(m => m.DeleteAsync(path)));
        Assert.Null(await WithMediaAsync(m => m.GetAsync(path)));
        Assert.Null(await WithMediaAsync(m => m.GetAsync($"{_folder}/never.jpg")));
    }

    private async Task<List<MediaFileInfo>> ListMineAsync() =>
        [.. (await WithMediaAsync(m => m.ListAsync())).Where(f => f.Path.StartsWith(_folder + "/", StringComparison.Ordinal))];

    private Task<T> WithMediaAsync<T>(Func<IMediaStore, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<IMediaStore>()));

    private Task WithMediaAsync(Func<IMediaStore, Task> action) =>
        InScopeAsync(async sp =>
        {
            await action(sp.GetRequiredService<IMediaStore>());
            return 0;
        });
}
