using Markdig;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>Markdown rendered for API clients; raw HTML in the source is escaped, never passed through.</summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static string? Render(string? markdown) => markdown is null ? null : Markdown.ToHtml(markdown, _pipeline);
}
