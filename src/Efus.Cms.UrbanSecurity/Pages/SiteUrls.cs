using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>Absolute URLs (canonical, Open Graph, sitemap, feed) and query-string edits for links that keep the current filters.</summary>
public static class SiteUrls
{
    public static string Absolute(HttpRequest request, string path) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, path);

    /// <summary>The current path with <paramref name="name"/> set to <paramref name="value"/> (removed when null), other parameters kept.</summary>
    public static string WithQuery(HttpRequest request, string name, string? value, string? path = null)
    {
        var query = request.Query
            .Where(p => !string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(p.Value.ToString()))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .ToList();
        if (value is not null)
        {
            query.Add(new(name, value));
        }

        return (path ?? request.PathBase + request.Path) + QueryString.Create(query).ToUriComponent();
    }
}
