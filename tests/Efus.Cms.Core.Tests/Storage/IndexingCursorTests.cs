using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Tests.Storage;

public sealed class IndexingCursorTests
{
    private static readonly DateTime _now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Advance_ContiguousIds_LeavesNoGap()
    {
        var cursor = new IndexingCursor(0, 100, _now);

        cursor.Advance([1, 2, 3], _now);

        Assert.Equal(3, cursor.Position);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public void Advance_SkippedIds_AreWatchedUntilTheyFill()
    {
        var cursor = new IndexingCursor(0, 0, _now);

        cursor.Advance([1, 4, 5, 9], _now);
        cursor.Fill(3);

        Assert.Equal(9, cursor.Position);
        Assert.Equal([(2L, 2L), (6L, 8L)], cursor.Gaps.Select(g => (g.From, g.To)));
    }

    [Fact]
    public void Fill_InsideARange_SplitsIt()
    {
        var cursor = new IndexingCursor(0, 0, _now);
        cursor.Advance([10], _now);

        cursor.Fill(5);

        Assert.Equal([(1L, 4L), (6L, 9L)], cursor.Gaps.Select(g => (g.From, g.To)));
    }

    [Fact]
    public void Expire_OldGaps_AreForgotten()
    {
        var cursor = new IndexingCursor(0, 0, _now);
        cursor.Advance([1, 3], _now);
        cursor.Advance([6], _now.AddMinutes(5));

        cursor.Expire(_now.AddMinutes(11), TimeSpan.FromMinutes(10));

        Assert.Equal([(4L, 5L)], cursor.Gaps.Select(g => (g.From, g.To)));
    }

    [Fact]
    public void New_AfterAStart_WatchesTheRecentWindow()
    {
        var cursor = new IndexingCursor(500, 200, _now);

        Assert.Equal([(301L, 500L)], cursor.Gaps.Select(g => (g.From, g.To)));
    }
}
