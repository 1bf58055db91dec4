using Efus.Cms.Core.Security.Tokens;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

/// <summary>The API token port on each provider: unique names and hashes, lookup by hash, last use, revocation.</summary>
public abstract class ApiTokenStoreContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    private readonly string _name = $"t{Guid.NewGuid():N}";
    private readonly string _hash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
    private readonly DateTime _created = new(2026, 11, 29, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AddAsync_ThenFindBySecretHash_ReturnsTheTokenWithUtcDates()
    {
        Assert.True(await WithTokensAsync(t => t.AddAsync(new ApiToken(_name, "user-1", _created, null), _hash)));

        var found = await WithTokensAsync(t => t.FindBySecretHashAsync(_hash));

        Assert.Equal(new ApiToken(_name, "user-1", _created, null), found);
        Assert.Equal(DateTimeKind.Utc, found!.CreatedUtc.Kind);
        Assert.Null(await WithTokensAsync(t => t.FindBySecretHashAsync(new string('0', 64))));
    }

    [Fact]
    public async Task AddAsync_NameTaken_ReturnsFalseAndKeepsTheFirst()
    {
        await WithTokensAsync(t => t.AddAsync(new ApiToken(_name, "user-1", _created, null), _hash));

        var second = await WithTokensAsync(t => t.AddAsync(new ApiToken(_name, "user-2", _created, null), new string('f', 64)));

        Assert.False(second);
        Assert.Equal("user-1", (await WithTokensAsync(t => t.FindBySecretHashAsync(_hash)))!.UserId);
        Assert.Null(await WithTokensAsync(t => t.FindBySecretHashAsync(new string('f', 64))));
    }

    [Fact]
    public async Task MarkUsed_ThenRevoke_ListShowsTheUseThenNothing()
    {
        await WithTokensAsync(t => t.AddAsync(new ApiToken(_name, "user-1", _created, null), _hash));
        var used = _created.AddHours(1);

        await WithTokensAsync(async t => { await t.MarkUsedAsync(_name, used); return true; });
        var listed = (await WithTokensAsync(t => t.ListAsync())).Single(t => t.Name == _name);
        var revoked = await WithTokensAsync(t => t.RevokeAsync(_name));
        var again = await WithTokensAsync(t => t.RevokeAsync(_name));

        Assert.Equal(used, listed.LastUsedUtc);
        Assert.True(revoked);
        Assert.False(again);
        Assert.Null(await WithTokensAsync(t => t.FindBySecretHashAsync(_hash)));
        Assert.DoesNotContain(await WithTokensAsync(t => t.ListAsync()), t => t.Name == _name);
    }

    private Task<T> WithTokensAsync<T>(Func<IApiTokenStore, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<IApiTokenStore>()));
}
