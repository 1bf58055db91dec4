using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Efus.Cms.Data;

/// <summary>
/// Every DateTime column holds UTC: values are converted to UTC on the way in and come back with
/// Kind=Utc (SQLite keeps text without a kind; Npgsql refuses non-UTC values for timestamptz).
/// Ticks are cut to microseconds, PostgreSQL's precision, so both providers return the same value.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStored(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    private static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        };
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
