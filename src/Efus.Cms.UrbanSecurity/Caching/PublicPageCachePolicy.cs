using Efus.Cms.UrbanSecurity.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>
/// Anonymous GET/HEAD pages are cached per URL (query included) and visitor culture; a response that
/// sets a cookie or is not 200 is never stored. Entries live at most <see cref="Expiration"/>: content
/// events evict them sooner, and the bound covers changes made on another node.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "EfusPublic";

    public static TimeSpan Expiration { get; } = TimeSpan.FromMinutes(10);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Expiration;
        context.Tags.Add(CacheTags.Public);
        context.CacheVaryByRules.QueryKeys = "*";
        if (cacheable)
        {
            var settings = await http.RequestServices.GetRequiredService<SiteContext>().SettingsAsync(cancellation);
            context.CacheVaryByRules.VaryByValues["culture"] = SiteContext.Resolve(http, settings, remember: false);
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
