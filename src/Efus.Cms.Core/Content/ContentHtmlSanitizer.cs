using Ganss.Xss;

namespace Efus.Cms.Core.Content;

/// <summary>Rich text is sanitised on the way in: scripts, event handlers, javascript: links and frames go.</summary>
public sealed class ContentHtmlSanitizer
{
    private readonly HtmlSanitizer _sanitizer = new();

    public ContentHtmlSanitizer()
    {
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("id");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
