namespace Efus.Cms.Theming.ViewModels;

/// <summary>One field's value in every form a template may want; the properties that do not apply to its kind are empty.</summary>
public sealed record FieldView
{
    public required string Name { get; init; }

    /// <summary>The field's display name (French; templates translate it with <c>| t</c>).</summary>
    public required string Label { get; init; }

    /// <summary>Orchard's field kind (TextField, HtmlField…).</summary>
    public required string Kind { get; init; }

    private readonly string? _text;
    private string? _htmlText;

    /// <summary>The value as plain text (numbers formatted, rich text stripped of its tags).</summary>
    public string? Text
    {
        get => TextFromHtml ? _htmlText ??= PlainText.FromHtml(Html) : _text;
        init => _text = value;
    }

    /// <summary>Rich text, sanitised when it was saved: the one value templates print with <c>| raw</c>.</summary>
    public string? Html { get; init; }

    /// <summary>
    /// <see cref="Text"/> is <see cref="Html"/> stripped of its tags, worked out when first read: a listing
    /// builds every field of ten items and shows a few (the stripping was 6% of a listing's CPU).
    /// </summary>
    public bool TextFromHtml { get; init; }

    public decimal? Number { get; init; }

    /// <summary>A link field's URL, only when it is http(s), mailto or site-relative.</summary>
    public string? Url { get; init; }

    /// <summary>Linked items (content pickers) and terms (taxonomies), published ones only.</summary>
    public IReadOnlyList<LinkView> Links { get; init; } = [];

    public IReadOnlyList<MediaView> Media { get; init; } = [];

    public bool HasValue => !string.IsNullOrEmpty(Html) || !string.IsNullOrEmpty(Text) || Number is not null || Links.Count > 0 || Media.Count > 0;
}
