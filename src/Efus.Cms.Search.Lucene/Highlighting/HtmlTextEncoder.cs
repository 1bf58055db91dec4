using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace Efus.Cms.Search.Lucene.Highlighting;

/// Encodes text between and inside the marks. Unlike Lucene's SimpleHTMLEncoder, which writes every
/// non-ASCII character as &#NNN;, French letters stay readable ("vidéo", not "vid&#233;o").
internal sealed class HtmlTextEncoder : IEncoder
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string EncodeText(string originalText) => _encoder.Encode(originalText);
}
