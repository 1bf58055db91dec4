namespace Efus.Cms.DataGenerator;

/// <summary>
/// Which content type each generated item gets: exact quotas (40 % practice sheets, 20 % projects,
/// 25 % publications, 15 % conference reports), shuffled so that the types interleave.
/// </summary>
internal static class ContentTypeMix
{
    public static string[] Draw(int itemCount, Random random)
    {
        // Rounding the cumulative shares keeps every quota within one item of its exact value and never negative.
        var practiceSheetsEnd = (int)Math.Round(itemCount * 0.40);
        var projectsEnd = (int)Math.Round(itemCount * 0.60);
        var publicationsEnd = (int)Math.Round(itemCount * 0.85);

        var types = new string[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            types[i] = i < practiceSheetsEnd ? ContentTypes.PracticeSheet
                : i < projectsEnd ? ContentTypes.CooperationProject
                : i < publicationsEnd ? ContentTypes.Publication
                : ContentTypes.ConferenceReport;
        }

        random.Shuffle(types);
        return types;
    }
}
