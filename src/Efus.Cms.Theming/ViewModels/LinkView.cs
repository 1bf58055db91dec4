namespace Efus.Cms.Theming.ViewModels;

/// <summary>A linked item or term: its title and URL (null when it has no page).</summary>
public sealed record LinkView(string Text, string? Url, string? Id = null, string? Type = null);
