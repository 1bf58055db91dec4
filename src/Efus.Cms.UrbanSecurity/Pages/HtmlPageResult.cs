using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>
/// An HTML page with a strong ETag (hash of the body): a browser that sends it back gets 304. Pages
/// are revalidated on each visit (<c>no-cache</c>); the output cache serves them without re-rendering.
/// </summary>
public sealed class HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK, string contentType = "text/html; charset=utf-8") : IResult
{
    public string Html => html;

    public int StatusCode => statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.Headers.Vary = "Accept-Language, Cookie";
        if (statusCode == StatusCodes.Status200OK)
        {
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "no-cache";
            var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
