namespace Efus.Cms.Core.Storage;

/// <summary>
/// Where a follower of the indexing-task log (a search index, a node's output cache) stands in it: the highest task id processed, plus the holes
/// below it that may still fill. On PostgreSQL a task id is drawn when the writing transaction inserts
/// it and becomes visible when that transaction commits, so a later id can be seen first; the hole it
/// leaves is watched (re-read at each pass) until it fills or times out (a rolled-back transaction
/// leaves a hole for good). <see cref="IndexingLog"/> reads what is new for a cursor. Not thread-safe:
/// each follower serializes its passes.
/// </summary>
public sealed class IndexingCursor
{
    private const int MaxGaps = 1000;
    private readonly List<Gap> _gaps = [];

    /// <param name="position">The last task id processed (0: none).</param>
    /// <param name="recentWindow">
    /// How many ids below <paramref name="position"/> to watch as holes: after a start or a swap
    /// nothing is known of them, and transactions that drew them may still be open.
    /// </param>
    /// <param name="now">The current time.</param>
    public IndexingCursor(long position, int recentWindow, DateTime now)
    {
        Position = position;
        if (position > 0 && recentWindow > 0)
        {
            _gaps.Add(new Gap(Math.Max(1, position - recentWindow + 1), position, now));
        }
    }

    public long Position { get; private set; }

    /// <summary>Holes below <see cref="Position"/> still watched, lowest first.</summary>
    public IReadOnlyList<Gap> Gaps => _gaps;

    /// <summary>Moves past tasks read after <see cref="Position"/> (ascending ids), remembering the ids skipped on the way.</summary>
    public void Advance(IEnumerable<long> ids, DateTime now)
    {
        foreach (var id in ids)
        {
            if (id <= Position)
            {
                Fill(id);
                continue;
            }

            if (id > Position + 1)
            {
                AddGap(new Gap(Position + 1, id - 1, now));
            }

            Position = id;
        }
    }

    /// <summary>A task inside a hole was found and processed: that id is no longer missing.</summary>
    public void Fill(long id)
    {
        var index = _gaps.FindIndex(g => g.From <= id && id <= g.To);
        if (index < 0)
        {
            return;
        }

        var gap = _gaps[index];
        _gaps.RemoveAt(index);
        if (id < gap.To)
        {
            _gaps.Insert(index, gap with { From = id + 1 });
        }

        if (gap.From < id)
        {
            _gaps.Insert(index, gap with { To = id - 1 });
        }
    }

    /// <summary>Stops watching holes first seen longer than <paramref name="timeout"/> ago.</summary>
    public void Expire(DateTime now, TimeSpan timeout) => _gaps.RemoveAll(g => now - g.FirstSeenUtc > timeout);

    private void AddGap(Gap gap)
    {
        _gaps.Add(gap);
        if (_gaps.Count > MaxGaps)
        {
            _gaps.RemoveAt(0);
        }
    }

    /// <summary>Ids <see cref="From"/> to <see cref="To"/> (inclusive) were skipped and may still appear.</summary>
    public sealed record Gap(long From, long To, DateTime FirstSeenUtc);
}
