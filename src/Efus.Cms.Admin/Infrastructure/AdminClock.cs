using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>Dates as editors read them: in the site's time zone (the Site document's TimeZoneId), in the admin's culture.</summary>
public sealed class AdminClock(IDocumentStore documents)
{
    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default)
    {
        if (_zone is not null)
        {
            return _zone;
        }

        var site = await documents.GetAsync(DocumentNames.Site, cancellationToken);
        var id = (site as JsonObject)?["TimeZoneId"].AsString();
        _zone = id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
        return _zone;
    }

    /// <summary>"29 nov. 2026 06:35" (loads the zone first with <see cref="ZoneAsync"/>; UTC until then).</summary>
    public string Format(DateTime? utc)
    {
        if (utc is null)
        {
            return "—";
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), _zone ?? TimeZoneInfo.Utc);
        return local.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
    }

    /// <summary>ISO form for the <c>datetime</c> attribute of <c>&lt;time&gt;</c>.</summary>
    public static string Iso(DateTime? utc) =>
        utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A local date typed in a filter (yyyy-MM-dd) as the UTC instant of its midnight.</summary>
    public DateTime? ParseLocalDate(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? TimeZoneInfo.ConvertTimeToUtc(date, _zone ?? TimeZoneInfo.Utc)
            : null;

    /// <summary>The value of a <c>datetime-local</c> input (yyyy-MM-ddTHH:mm) in the site's time zone.</summary>
    public string ToLocalInput(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone ?? TimeZoneInfo.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A <c>datetime-local</c> value read in the site's time zone, as UTC; null when invalid or inside a daylight-saving gap.</summary>
    public DateTime? ParseLocalInput(string? value)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        if (!DateTime.TryParseExact(value?.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zone = _zone ?? TimeZoneInfo.Utc;
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
