using System.Globalization;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// One request's site settings and visitor culture. The culture comes from <c>?culture=</c> (remembered
/// in a cookie), then that cookie, then <c>Accept-Language</c>, then the site's default culture.
/// </summary>
public sealed class SiteContext(IDocumentStore documents, IHttpContextAccessor accessor, DocumentCache<SiteSettings> shared)
{
    public const string CultureCookie = "efus-culture";

    private SiteSettings? _settings;

    /// <summary>
    /// The Site document as kept per node (the output cache asks for the supported cultures on every request,
    /// cached ones included, and must not cost a database read each time); one snapshot per request.
    /// </summary>
    public async Task<SiteSettings> SettingsAsync(CancellationToken cancellationToken) =>
        _settings ??= await shared.GetAsync(documents, cancellationToken);

    /// <summary>The visitor's culture among the supported ones (e.g. <c>en-US</c> for "en").</summary>
    public async Task<CultureInfo> CultureAsync(CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(cancellationToken);
        var context = accessor.HttpContext;
        if (context is null)
        {
            return CultureInfo.GetCultureInfo(settings.DefaultCulture);
        }

        if (context.Items.TryGetValue(typeof(SiteContext), out var known) && known is CultureInfo culture)
        {
            return culture;
        }

        culture = CultureInfo.GetCultureInfo(Resolve(context, settings));
        context.Items[typeof(SiteContext)] = culture;
        return culture;
    }

    /// <summary>The supported culture a request asks for; when <paramref name="remember"/>, an explicit <c>?culture=</c> is kept in a cookie.</summary>
    public static string Resolve(HttpContext context, SiteSettings settings, bool remember = true)
    {
        var requested = Match(context.Request.Query["culture"].ToString(), settings);
        if (requested is not null && !remember)
        {
            return requested;
        }

        if (requested is not null)
        {
            context.Response.Cookies.Append(CultureCookie, requested, new CookieOptions
            {
                Path = "/",
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return requested;
        }

        if (Match(context.Request.Cookies[CultureCookie], settings) is { } remembered)
        {
            return remembered;
        }

        var languages = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Match(l.Value.Value, settings))
            .OfType<string>();
        return languages.FirstOrDefault() ?? settings.DefaultCulture;
    }

    /// <summary>"en", "en-GB" or "EN-us" → the supported culture of that language ("en-US"), else null.</summary>
    public static string? Match(string? requested, SiteSettings settings)
    {
        if (string.IsNullOrWhiteSpace(requested) || requested.Length > 20)
        {
            return null;
        }

        var exact = settings.SupportedCultures.FirstOrDefault(c => string.Equals(c, requested, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var language = requested.Split('-')[0];
        return settings.SupportedCultures.FirstOrDefault(c => string.Equals(c.Split('-')[0], language, StringComparison.OrdinalIgnoreCase));
    }
}
