namespace Efus.Cms.Core.Content;

/// <summary>Orchard's part names that the content manager gives behaviour to.</summary>
public static class WellKnownParts
{
    public const string Title = "TitlePart";
    public const string Autoroute = "AutoroutePart";
    public const string Localization = "LocalizationPart";
    public const string HtmlBody = "HtmlBodyPart";
    public const string MarkdownBody = "MarkdownBodyPart";
    public const string Bag = "BagPart";
    public const string Taxonomy = "TaxonomyPart";
    public const string Term = "TermPart";
    public const string List = "ListPart";
    public const string Contained = "ContainedPart";
}
