using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Efus.Cms.Web.IntegrationTests.Media;

public sealed class MediaServingTests : IDisposable
{
    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    private readonly EfusSite _site = new(recipe: "none");

    [Fact]
    public async Task Get_StoredPdf_ServesItWithItsTypeNosniffAndAnETagThatAnswers304()
    {
        await SaveAsync("publications/guide.pdf", _pdf);
        using var client = _site.CreateClient();

        var response = await client.GetAsync(new Uri("/media/publications/guide.pdf", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/media/publications/guide.pdf");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(TimeSpan.FromDays(7), response.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("/media/..%2Fefus.db")]
    [InlineData("/media/%2E%2E%2Fefus.db")]
    [InlineData("/media/..%5Cefus.db")]
    [InlineData("/media/publications%2F..%2F..%2Fefus.db")]
    [InlineData("/media/con.pdf")]
    public async Task Get_PathLeavingTheLibrary_IsNotFound(string url)
    {
        await SaveAsync("publications/guide.pdf", _pdf);
        using var client = _site.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("SQLite format", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AllowedWidth_ResizesThePngOnceAndCachesItOnDisk()
    {
        await SaveAsync("images/carte.png", Png(800, 400));
        using var client = _site.CreateClient();

        var first = await client.GetAsync(new Uri("/media/images/carte.png?width=320", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/media/images/carte.png?width=320", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        using var image = SKBitmap.Decode(await first.Content.ReadAsByteArrayAsync());
        Assert.Equal((320, 160), (image.Width, image.Height));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(first.Headers.ETag, (await client.GetAsync(new Uri("/media/images/carte.png", UriKind.Relative))).Headers.ETag);
        var cached = Assert.Single(Directory.GetFiles(Path.Combine(_site.DataPath, "media-cache")));
        Assert.EndsWith("-w320.png", cached, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WidthOfANarrowerImage_ServesTheOriginal()
    {
        var png = Png(100, 50);
        await SaveAsync("petit.png", png);
        using var client = _site.CreateClient();

        var response = await client.GetAsync(new Uri("/media/petit.png?width=640", UriKind.Relative));

        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/media/images/carte.png?width=321")]
    [InlineData("/media/images/carte.png?width=-1")]
    [InlineData("/media/images/carte.png?width=abc")]
    [InlineData("/media/guide.pdf?width=320")]
    public async Task Get_WidthNotOffered_Is400NamingWidthAndCachesNothing(string url)
    {
        await SaveAsync("images/carte.png", Png(800, 400));
        await SaveAsync("guide.pdf", _pdf);
        using var client = _site.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"width\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.DataPath, "media-cache")));
    }

    [Fact]
    public async Task Get_Svg_IsServedSandboxed()
    {
        await SaveAsync("logo.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        using var client = _site.CreateClient();

        var response = await client.GetAsync(new Uri("/media/logo.svg?width=160", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x1d, 0x4e, 0x89));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private async Task SaveAsync(string path, byte[] content)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediaStore>().SaveAsync(path, content);
    }
}
