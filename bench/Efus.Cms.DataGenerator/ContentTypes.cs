namespace Efus.Cms.DataGenerator;

/// <summary>The technical content type names of the Efus content model (DESIGN.md, "Content model").</summary>
public static class ContentTypes
{
    public const string PracticeSheet = "PracticeSheet";
    public const string CooperationProject = "CooperationProject";
    public const string Publication = "Publication";
    public const string ConferenceReport = "ConferenceReport";
    public const string ConferenceSession = "ConferenceSession";
    public const string Taxonomy = "Taxonomy";
    public const string Theme = "Theme";
}
