namespace Efus.Cms.DataGenerator.Text;

/// <summary>English vocabulary for the translations: smaller than the French one, same sentence shapes.</summary>
internal static class EnglishLanguagePack
{
    public static LanguagePack Create() => new()
    {
        Language = Language.English,
        Culture = "en-US",
        ThousandsSeparator = ",",
        PathPrefixes = new Dictionary<string, string>
        {
            [ContentTypes.PracticeSheet] = "en/practice-sheets",
            [ContentTypes.CooperationProject] = "en/projects",
            [ContentTypes.Publication] = "en/publications",
            [ContentTypes.ConferenceReport] = "en/conferences",
        },
        Subjects =
        [
            Singular("the municipality"), Singular("the city council"), Singular("the local authority"),
            Singular("the municipal police"), Singular("the local crime prevention council"),
            Singular("the prevention department"), Singular("the mediation team"), Plural("social mediators"),
            Plural("street educators"), Plural("residents"), Plural("neighbourhood associations"),
            Plural("social landlords"), Singular("the mayor"), Plural("the European partners"),
            Singular("the steering committee"), Singular("the local crime observatory"), Plural("social workers"),
            Singular("the public prosecutor"), Plural("shopkeepers"), Plural("public transport operators"),
            Singular("the partner university"), Plural("researchers"), Singular("the urban surveillance centre"),
            Plural("young people"), Singular("Efus"), Plural("local elected officials"), Singular("the region"),
        ],
        Measures =
        [
            Singular("urban security"), Singular("crime prevention"), Singular("video surveillance"),
            Singular("social mediation"), Singular("night-time mediation"), Singular("public tranquillity"),
            Singular("cybersecurity"), Singular("street lighting"), Singular("artificial intelligence"),
            Singular("citizen participation"), Singular("social cohesion"), Singular("restorative justice"),
            Singular("harm reduction"), Singular("the night-time economy"), Plural("public spaces"),
            Plural("priority neighbourhoods"), Singular("public transport"), Plural("major events"),
            Singular("crisis management"), Singular("urban resilience"), Singular("road safety"),
            Singular("facial recognition"), Singular("data protection"), Plural("drones"), Plural("connected sensors"),
            Singular("the smart city"), Singular("predictive analytics"), Singular("digital ethics"),
            Plural("civil liberties"), Singular("trust between police and residents"), Singular("community policing"),
            Singular("urban planning"), Singular("situational prevention"), Singular("urban renewal"),
            Singular("mental health"), Singular("victim support"), Singular("school dropout prevention"),
            Singular("professional integration"), Singular("the local safety audit"), Singular("local partnership"),
            Plural("exploratory walks"), Plural("school surroundings"), Singular("street furniture"),
            Singular("digital inclusion"), Singular("gender equality"), Singular("self-assessment"),
            Singular("the mid-term evaluation"), Singular("intercultural dialogue"), Singular("street work"),
        ],
        Problems =
        [
            Singular("cybercrime"), Singular("the feeling of insecurity"), Singular("juvenile delinquency"),
            Singular("reoffending"), Singular("violent radicalisation"), Singular("polarisation"),
            Singular("drug trafficking"), Singular("drug use"), Singular("violence against women"),
            Singular("street harassment"), Singular("cyber-bullying"), Singular("domestic violence"),
            Singular("discrimination"), Plural("incivilities"), Plural("burglaries"), Singular("online hate speech"),
            Singular("online fraud"), Singular("ransomware"), Singular("disinformation"), Singular("phishing"),
            Singular("human trafficking"), Singular("noise nuisance"), Singular("binge drinking"), Singular("knife crime"),
            Singular("vandalism"), Plural("street fights"), Singular("bag snatching"), Singular("urban violence"),
        ],
        Verbs =
        [
            new("strengthens", "strengthen"), new("improves", "improve"), new("promotes", "promote"),
            new("supports", "support"), new("mobilises", "mobilise"), new("evaluates", "evaluate"),
            new("coordinates", "coordinate"), new("develops", "develop"), new("tests", "test"), new("funds", "fund"),
            new("steers", "steer"), new("extends", "extend"), new("adapts", "adapt"), new("rethinks", "rethink"),
            new("consolidates", "consolidate"), new("facilitates", "facilitate"), new("modernises", "modernise"),
            new("relies on", "rely on"), new("secures", "secure"), new("rolls out", "roll out"),
        ],
        CounterVerbs =
        [
            new("reduces", "reduce"), new("prevents", "prevent"), new("tackles", "tackle"), new("targets", "target"),
            new("measures", "measure"), new("maps", "map"), new("analyses", "analyse"), new("anticipates", "anticipate"),
            new("limits", "limit"), new("curbs", "curb"), new("fights", "fight"), new("monitors", "monitor"),
            new("documents", "document"),
        ],
        Infinitives = Infinitives(
            "strengthen", "improve", "promote", "support", "mobilise", "evaluate", "coordinate", "develop", "test",
            "steer", "adapt", "rethink", "consolidate", "facilitate", "modernise", "secure", "share", "scale up", "roll out"),
        CounterInfinitives = Infinitives(
            "reduce", "prevent", "tackle", "target", "measure", "map", "analyse", "anticipate", "limit", "curb", "fight",
            "better understand", "detect"),
        Complements =
        [
            "in priority neighbourhoods", "across the metropolitan area", "together with local associations",
            "with young people aged 12 to 25", "while respecting individual freedoms", "with support from the European Social Fund",
            "thanks to European funding", "in consultation with residents", "as close as possible to residents",
            "throughout the municipality", "during the summer", "at night and at weekends", "around schools",
            "on public transport", "around railway stations", "in the city centre", "in peri-urban areas",
            "based on a shared diagnosis", "through an integrated approach", "without stigmatising neighbourhoods",
            "using open data", "in a transparent way", "over a three-year period", "alongside police action",
            "within a European project", "with digital tools", "in real time", "with limited resources",
            "within the Efus network", "between European cities", "for vulnerable groups", "during major events",
            "with the support of an ethics committee", "in partnership with the university", "in a sustainable way",
            "from a gender perspective", "day and night",
        ],
        Connectors =
        [
            "Moreover", "In addition", "In this context", "To this end", "Furthermore", "Thus", "In parallel",
            "In practice", "However", "Ultimately", "Beyond this", "Finally", "Since {YEAR}", "In {YEAR}",
            "In {CITY}", "According to the partners", "According to the evaluation",
        ],
        Sentences =
        [
            "{S} {V} {O} {C}.",
            "{S} {VP} {P} {C}.",
            "{K}, {S} {V} {O}.",
            "{K}, {S} {VP} {P} {C}.",
            "In {CITY}, {S} {V} {O} {C}.",
            "Faced with {P}, {S} {V} {O} {C}.",
            "The scheme aims {IP.de} {P} {C}.",
            "The objective is {I.de} {O} and {IP.de} {P}.",
            "The partners chose {I.de} {O} in order {IP.de} {P}.",
            "Almost {PCT}% of the residents surveyed name {P} among their main concerns.",
            "In total, {N} officers were trained in {O} {C}.",
            "The annual budget amounts to EUR {EUR}, part of it funded by the European Union.",
            "The evaluation shows that {S} {VP} {P} {C}.",
            "Launched in {YEAR}, the initiative {V} {O} {C}.",
            "The link between {O} and {P} remains at the heart of the approach.",
            "A monitoring committee brings together {S} and {S} every {N} months.",
            "The use of {O} is governed by an ethics charter.",
        ],
        PracticeSheetTitles =
        [
            "{O.bare} in {CITY}", "{CITY}: {O.bare} {C}", "Action plan against {P} in {CITY}",
            "{O.bare} and {P.bare}: the experience of {CITY}", "{CITY} invests in {O}", "Preventing {P} in {CITY}",
        ],
        Contacts =
        [
            "Crime prevention department, City {CITY.de}",
            "Security and prevention directorate, Metropolis {CITY.de}",
            "Local safety council coordination, City {CITY.de}",
        ],
        ProjectNames =
        [
            "{T.bare} in European cities", "European network for {O}", "European cities facing {P}",
            "European cooperation for {O} {C}", "{IP} {P}: a European project", "Cities together against {P}",
        ],
        Coordinators = ["Efus", "City {CITY.de}", "University {CITY.de}", "Metropolis {CITY.de}", "Municipal police {CITY.de}"],
        EfusRoles =
        [
            "Coordinator", "Partner", "Evaluation lead", "Dissemination lead", "Steering committee member",
            "Associate partner",
        ],
        ProjectWebsiteLabel = "Project website",
        PublicationTitles =
        [
            "{O.bare} and {P.bare}", "{T.bare}: issues and prospects", "A practical guide to {O}", "For {O} {C}",
            "{T.bare} in Europe", "Cities and {T.bare}", "Preventing {P}: what works",
        ],
        PublicationSubtitles =
        [
            "Recommendations for local authorities", "Lessons from {N} European cities", "{T.bare} {C}",
            "Lessons {CITY.de}", "Key points for elected officials", "The {CITY} manifesto",
        ],
        PublicationKinds = ["Manifesto", "Guide", "Charter", "Report", "Study", "Collection of practices", "Policy brief", "Proceedings"],
        Publishers = ["Efus", "French Forum for Urban Security", "City {CITY.de}", "Efus and University {CITY.de}"],
        ConferenceNames =
        [
            "Efus international conference, {CITY} {YEAR}", "European seminar on {T.bare}, {CITY}",
            "European meetings on {O} ({CITY}, {YEAR})", "Efus general assembly, {CITY} {YEAR}",
            "The “Security, Democracy and Cities” conference, {CITY} {YEAR}",
        ],
        ConferenceReportTitles =
        [
            "{T.bare}: report of the {CITY} conference ({YEAR})", "{CITY} conference {YEAR}: {T.bare}",
            "Report: {O.bare} and {P.bare}", "Key takeaways from {CITY} {YEAR}",
        ],
        SessionTitles =
        [
            "Workshop {N}: {T.bare}", "Round table: {O.bare} {C}", "Plenary session: {O.bare} and {P.bare}",
            "Session {N}: how to {IP} {P}", "Debate: {P.bare}, which local answers?",
        ],
        Affiliations =
        [
            "City {CITY.de}", "Efus", "University {CITY.de}", "Municipal police {CITY.de}", "Ministry of the Interior",
            "Metropolis {CITY.de}", "Mediation association {CITY.de}",
        ],
    };

    private static Infinitive[] Infinitives(params string[] bares) => [.. bares.Select(Infinitive.English)];

    private static NounPhrase Singular(string phrase) => NounPhrase.English(phrase);

    private static NounPhrase Plural(string phrase) => NounPhrase.English(phrase, plural: true);
}
