using Efus.Cms.Core.Scheduling;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class PublicationScheduleContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    private static readonly DateTime _noon = new(2031, 3, 14, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _id = $"sched{Guid.NewGuid():N}"[..26];

    [Fact]
    public async Task ClaimDueAsync_BeforeTheTime_ClaimsNothing_AtTheTime_ClaimsIt()
    {
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));

        var early = await WithScheduleAsync(s => s.ClaimDueAsync(_noon.AddMinutes(-1), "node-a", _noon.AddMinutes(4), 100));
        var due = await WithScheduleAsync(s => s.ClaimDueAsync(_noon, "node-a", _noon.AddMinutes(5), 100));

        Assert.DoesNotContain(_id, early);
        Assert.Contains(_id, due);
    }

    [Fact]
    public async Task ClaimDueAsync_TwoNodesAtOnce_OnlyOneHoldsTheItem()
    {
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));
        var now = _noon.AddSeconds(1);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
            WithScheduleAsync(s => s.ClaimDueAsync(now, $"node-{n}", now.AddMinutes(5), 100))));

        Assert.Equal(1, claims.Count(c => c.Contains(_id)));
    }

    [Fact]
    public async Task ClaimDueAsync_ClaimOfAStoppedNode_ExpiresAndAnotherNodeTakesIt()
    {
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));
        await WithScheduleAsync(s => s.ClaimDueAsync(_noon, "stopped-node", _noon.AddMinutes(5), 100));

        var whileHeld = await WithScheduleAsync(s => s.ClaimDueAsync(_noon.AddMinutes(2), "node-b", _noon.AddMinutes(7), 100));
        var afterExpiry = await WithScheduleAsync(s => s.ClaimDueAsync(_noon.AddMinutes(6), "node-b", _noon.AddMinutes(11), 100));

        Assert.DoesNotContain(_id, whileHeld);
        Assert.Contains(_id, afterExpiry);
    }

    [Fact]
    public async Task CompleteAsync_ByTheHolder_RemovesTheRow_ByAnother_KeepsIt()
    {
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));
        await WithScheduleAsync(s => s.ClaimDueAsync(_noon, "node-a", _noon.AddMinutes(5), 100));

        await WithScheduleAsync(s => s.CompleteAsync(_id, "node-b"));
        var afterOther = await ListedAsync();
        await WithScheduleAsync(s => s.CompleteAsync(_id, "node-a"));

        Assert.Equal(_noon, afterOther);
        Assert.Null(await ListedAsync());
    }

    [Fact]
    public async Task SetAsync_MovesTheTimeAndDropsTheClaim_NullRemoves()
    {
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));
        await WithScheduleAsync(s => s.ClaimDueAsync(_noon, "node-a", _noon.AddMinutes(5), 100));

        await WithScheduleAsync(s => s.SetAsync(_id, _noon.AddDays(1)));
        var moved = await ListedAsync();
        var claimable = await WithScheduleAsync(s => s.ClaimDueAsync(_noon.AddDays(1), "node-b", _noon.AddDays(1).AddMinutes(5), 100));
        await WithScheduleAsync(s => s.SetAsync(_id, null));

        Assert.Equal(_noon.AddDays(1), moved);
        Assert.Contains(_id, claimable);
        Assert.Null(await ListedAsync());
    }

    [Fact]
    public async Task FailAsync_ByTheHolder_KeepsTheRowWithItsReason_NeverClaimedAgain_UntilSetAgain()
    {
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));
        await WithScheduleAsync(s => s.ClaimDueAsync(_noon, "node-a", _noon.AddMinutes(5), 100));

        await WithScheduleAsync(s => s.FailAsync(_id, "node-b", "ignored"));
        var notFailedByAnother = await WithScheduleAsync(s => s.GetAsync(_id));
        await WithScheduleAsync(s => s.FailAsync(_id, "node-a", "PracticeSheet.Contact : obligatoire"));
        var failed = await WithScheduleAsync(s => s.GetAsync(_id));
        var listed = (await WithScheduleAsync(s => s.ListAsync(10_000))).Single(r => r.ContentItemId == _id);
        var afterExpiry = await WithScheduleAsync(s => s.ClaimDueAsync(_noon.AddHours(1), "node-b", _noon.AddHours(2), 100));
        await WithScheduleAsync(s => s.SetAsync(_id, _noon));
        var rearmed = await WithScheduleAsync(s => s.GetAsync(_id));
        var claimable = await WithScheduleAsync(s => s.ClaimDueAsync(_noon.AddHours(1), "node-b", _noon.AddHours(2), 100));

        Assert.Null(notFailedByAnother!.Failure);
        Assert.Equal("PracticeSheet.Contact : obligatoire", failed!.Failure);
        Assert.Equal("PracticeSheet.Contact : obligatoire", listed.Failure);
        Assert.DoesNotContain(_id, afterExpiry);
        Assert.Null(rearmed!.Failure);
        Assert.Contains(_id, claimable);
    }

    private async Task<DateTime?> ListedAsync() =>
        (await WithScheduleAsync(s => s.ListAsync(10_000))).FirstOrDefault(r => r.ContentItemId == _id)?.ScheduledUtc;

    private Task<T> WithScheduleAsync<T>(Func<IPublicationSchedule, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<IPublicationSchedule>()));

    private Task WithScheduleAsync(Func<IPublicationSchedule, Task> action) =>
        InScopeAsync(async sp =>
        {
            await action(sp.GetRequiredService<IPublicationSchedule>());
            return true;
        });
}
