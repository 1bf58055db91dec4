using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Efus.Cms.Web.Rendering;

/// <summary>The plain semantic page around an item, until the Liquid theme takes over.</summary>
public static class ItemPage
{
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Layout(string siteName, string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(title)).Append(" — ").Append(Encoder.Encode(siteName)).Append("</title>\n")
            .Append("</head>\n<body>\n<a href=\"#contenu\">Aller au contenu</a>\n")
            .Append("<header><p><a href=\"/\">").Append(Encoder.Encode(siteName)).Append("</a></p></header>\n")
            .Append("<main id=\"contenu\">\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
