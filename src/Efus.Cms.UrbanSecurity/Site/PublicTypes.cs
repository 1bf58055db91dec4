namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>The four kinds of Efus content, in navigation order.</summary>
public static class PublicTypes
{
    public const string PracticeSheet = "PracticeSheet";
    public const string CooperationProject = "CooperationProject";
    public const string Publication = "Publication";
    public const string ConferenceReport = "ConferenceReport";
    public const string Page = "Page";

    public static IReadOnlyList<PublicType> All { get; } =
    [
        new(PracticeSheet, "fiches-de-pratique", "Fiches de pratique"),
        new(CooperationProject, "projets", "Projets"),
        new(Publication, "publications", "Publications"),
        new(ConferenceReport, "conferences", "Conférences"),
    ];

    /// <summary>Every type whose items have a page of their own (the sitemap and search list these).</summary>
    public static IReadOnlyList<string> WithPages { get; } = [Page, .. All.Select(t => t.Name)];

    public static PublicType? Find(string typeName) => All.FirstOrDefault(t => t.Name == typeName);
}
