using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

/// <summary>Images of media fields in the theme: resized by the site (srcset), their box reserved, lazy below the fold, with an alt.</summary>
public sealed partial class ImageTests
{
    private const string Alt = "Deux médiateurs parlent avec une habitante";

    [Fact]
    public async Task PracticeSheetWithAnIllustration_CardShowsALazyResizedThumbnail()
    {
        using var site = new EfusSite();
        await IllustratedSheetAsync(site, "fiches/mediateurs.jpg", Alt);

        var html = await PublicPagesTests.French(site).GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative));

        var image = Assert.Single(ImageTag().Matches(html)).Value;
        Assert.Contains("src=\"/media/fiches/mediateurs.jpg?width=640\"", image, StringComparison.Ordinal);
        Assert.Contains("srcset=\"/media/fiches/mediateurs.jpg?width=160 160w, /media/fiches/mediateurs.jpg?width=320 320w, /media/fiches/mediateurs.jpg?width=640 640w, /media/fiches/mediateurs.jpg?width=1024 1024w\"", image, StringComparison.Ordinal);
        Assert.Contains(" sizes=\"", image, StringComparison.Ordinal);
        Assert.Contains("width=\"640\" height=\"360\"", image, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", image, StringComparison.Ordinal);
        Assert.Contains($"alt=\"{Alt}\"", image, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeSheetWithAnIllustration_DetailShowsItAtOnceWithItsText()
    {
        using var site = new EfusSite();
        await IllustratedSheetAsync(site, "fiches/mediateurs.png", Alt);

        var html = await PublicPagesTests.French(site).GetStringAsync(new Uri("/fiches-de-pratique/mediateurs-illustres", UriKind.Relative));

        var image = Assert.Single(ImageTag().Matches(html)).Value;
        Assert.Contains("srcset=\"/media/fiches/mediateurs.png?width=160 160w,", image, StringComparison.Ordinal);
        Assert.Contains("width=\"1024\" height=\"576\"", image, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=\"lazy\"", image, StringComparison.Ordinal);
        Assert.Contains($"alt=\"{Alt}\"", image, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IllustrationWithoutText_OnTheDetailIsDescribedByTheTitle_AndAGifIsNotResized()
    {
        using var site = new EfusSite();
        await IllustratedSheetAsync(site, "fiches/animation.gif", "");

        var html = await PublicPagesTests.French(site).GetStringAsync(new Uri("/fiches-de-pratique/mediateurs-illustres", UriKind.Relative));

        var image = Assert.Single(ImageTag().Matches(html)).Value;
        Assert.Contains("src=\"/media/fiches/animation.gif\"", image, StringComparison.Ordinal);
        Assert.DoesNotContain("srcset", image, StringComparison.Ordinal);
        Assert.Contains("alt=\"Médiateurs illustrés\"", image, StringComparison.Ordinal);
    }

    private static Task IllustratedSheetAsync(EfusSite site, string path, string text) =>
        SiteContent.CreateAsync(site, "PracticeSheet", "Médiateurs illustrés", parts =>
        {
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "fiches-de-pratique/mediateurs-illustres" };
            parts["PracticeSheet"] = new JsonObject
            {
                ["Summary"] = new JsonObject { ["Text"] = "Des médiateurs accompagnent les habitants." },
                ["Illustration"] = new JsonObject { ["Paths"] = new JsonArray(path), ["MediaTexts"] = new JsonArray(text) },
            };
        });

    [GeneratedRegex("<img [^>]*/media/[^>]*>")]
    private static partial Regex ImageTag();
}
