namespace Efus.Cms.Web.Hosting;

public static class SecurityHeadersExtensions
{
    /// <summary>
    /// No inline script or style anywhere (JSON-LD is a data block, not script), no framing, no MIME
    /// sniffing, no full referrer to other sites. An endpoint that needs a stricter policy (media) sets its own.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Security headers on every response, the admin's and the APIs' included.</summary>
    public static WebApplication UseEfusSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
