using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>
/// Every admin response: never cached (a shared computer's back button must not show drafts),
/// never framed, a strict content security policy (scripts only from the admin's own files), and
/// the editor's chosen culture (French unless they switched to English).
/// </summary>
public sealed class AdminResponseMiddleware(RequestDelegate next)
{
    public const string CultureCookie = "Efus.Admin.Culture";

    // Trix adds inline styles to the elements it edits, hence style-src 'unsafe-inline'; no inline script anywhere.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;

        var culture = AdminCultures.Resolve(context.Request.Cookies[CultureCookie]);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next(context);
    }
}
