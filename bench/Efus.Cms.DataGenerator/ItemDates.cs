namespace Efus.Cms.DataGenerator;

/// <summary>The three dates of a content item version; <see cref="Published"/> is null for a draft.</summary>
internal readonly record struct ItemDates(DateTime Created, DateTime Modified, DateTime? Published)
{
    private static readonly DateTime _first = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _lastCreated = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _last = new(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc);

    /// <summary>Created between 2015 and 2025, modified up to a year later (never past 2026), published in between.</summary>
    public static ItemDates Draw(Random random, bool published)
    {
        var created = _first.AddTicks(random.NextInt64((_lastCreated - _first).Ticks));
        var modified = created.AddTicks(random.NextInt64(TimeSpan.TicksPerDay * 365));
        if (modified > _last)
        {
            modified = _last;
        }

        DateTime? publishedUtc = published
            ? created.AddTicks((long)((modified - created).Ticks * random.NextDouble()))
            : null;
        return new ItemDates(created, modified, publishedUtc);
    }
}
