namespace Efus.Cms.DataGenerator.Text;

/// <summary>
/// Everything language-specific the generator writes: vocabulary, sentence templates and the
/// templates of titles and short fields. Templates use the tokens understood by <see cref="TextGenerator"/>.
/// Lists marked "aligned" have the same length and meaning in every language, so that a translation
/// can reuse the original's choice by index.
/// </summary>
internal sealed class LanguagePack
{
    public required Language Language { get; init; }

    public required string Culture { get; init; }

    /// <summary>Separates thousands in amounts ("120 000", "120,000").</summary>
    public required string ThousandsSeparator { get; init; }

    /// <summary>Autoroute path prefix per content type.</summary>
    public required IReadOnlyDictionary<string, string> PathPrefixes { get; init; }

    public required IReadOnlyList<NounPhrase> Subjects { get; init; }

    /// <summary>What a city puts in place or improves: mediation, street lighting, places it secures.</summary>
    public required IReadOnlyList<NounPhrase> Measures { get; init; }

    /// <summary>What a city fights: cybercrime, burglaries, street harassment.</summary>
    public required IReadOnlyList<NounPhrase> Problems { get; init; }

    /// <summary>Verbs that take a measure as object ("renforce").</summary>
    public required IReadOnlyList<Verb> Verbs { get; init; }

    /// <summary>Verbs that take a problem as object ("réduit").</summary>
    public required IReadOnlyList<Verb> CounterVerbs { get; init; }

    public required IReadOnlyList<Infinitive> Infinitives { get; init; }

    public required IReadOnlyList<Infinitive> CounterInfinitives { get; init; }

    public required IReadOnlyList<string> Complements { get; init; }

    public required IReadOnlyList<string> Connectors { get; init; }

    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<string> PracticeSheetTitles { get; init; }

    public required IReadOnlyList<string> Contacts { get; init; }

    public required IReadOnlyList<string> ProjectNames { get; init; }

    /// <summary>Aligned.</summary>
    public required IReadOnlyList<string> Coordinators { get; init; }

    /// <summary>Aligned.</summary>
    public required IReadOnlyList<string> EfusRoles { get; init; }

    public required string ProjectWebsiteLabel { get; init; }

    public required IReadOnlyList<string> PublicationTitles { get; init; }

    public required IReadOnlyList<string> PublicationSubtitles { get; init; }

    /// <summary>Aligned.</summary>
    public required IReadOnlyList<string> PublicationKinds { get; init; }

    /// <summary>Aligned.</summary>
    public required IReadOnlyList<string> Publishers { get; init; }

    public required IReadOnlyList<string> ConferenceNames { get; init; }

    public required IReadOnlyList<string> ConferenceReportTitles { get; init; }

    public required IReadOnlyList<string> SessionTitles { get; init; }

    public required IReadOnlyList<string> Affiliations { get; init; }
}
