namespace Efus.Cms.Theming.ViewModels;

/// <summary>A media file: its URL under <c>/media/</c>, file name, upper-case extension (PDF) and alternative text.</summary>
public sealed record MediaView(string Url, string Name, string Extension, string? Text);
