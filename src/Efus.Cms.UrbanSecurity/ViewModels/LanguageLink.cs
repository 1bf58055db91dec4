namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>One entry of the language switch: the same page (or its translation) in another language.</summary>
public sealed record LanguageLink(string Lang, string Label, string Url, bool Current);
