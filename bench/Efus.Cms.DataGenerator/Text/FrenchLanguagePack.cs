namespace Efus.Cms.DataGenerator.Text;

/// <summary>French vocabulary of urban security, as the Efus knowledge base writes it.</summary>
internal static class FrenchLanguagePack
{
    public static LanguagePack Create() => new()
    {
        Language = Language.French,
        Culture = "fr-FR",
        ThousandsSeparator = " ",
        PathPrefixes = new Dictionary<string, string>
        {
            [ContentTypes.PracticeSheet] = "fiches-de-pratique",
            [ContentTypes.CooperationProject] = "projets",
            [ContentTypes.Publication] = "publications",
            [ContentTypes.ConferenceReport] = "conferences",
        },
        Subjects = Nouns(
            "la municipalité", "la ville", "la collectivité", "la métropole", "la police municipale",
            "la police nationale", "le conseil local de sécurité et de prévention de la délinquance",
            "le service de prévention", "l’équipe de médiation", "les médiateurs sociaux", "les éducateurs de rue",
            "les habitants", "les associations de quartier", "les bailleurs sociaux", "le maire",
            "l’adjointe au maire chargée de la sécurité", "les partenaires européens", "le comité de pilotage",
            "l’observatoire local de la délinquance", "les agents de proximité", "les travailleurs sociaux",
            "le parquet", "la préfecture", "les commerçants", "les transporteurs publics", "l’université partenaire",
            "les chercheurs", "le centre de supervision urbain", "les jeunes du quartier", "le réseau des villes partenaires",
            "l’Efus", "le Forum européen pour la sécurité urbaine", "les élus locaux", "la région", "le département",
            "les services techniques", "les gardiens d’immeuble", "les conseils citoyens",
            "la maison de la justice et du droit", "le délégué du préfet", "les pompiers", "le tissu associatif"),
        Measures = Nouns(
            "la sécurité urbaine", "la prévention de la délinquance", "la vidéosurveillance", "la vidéo-surveillance",
            "la vidéoprotection", "la médiation sociale", "la médiation nocturne", "la tranquillité publique",
            "la cybersécurité", "l’éclairage public", "l’intelligence artificielle", "la participation citoyenne",
            "la cohésion sociale", "la justice restaurative", "la réduction des risques", "la vie nocturne",
            "l’espace public", "les espaces publics", "les quartiers prioritaires", "les transports en commun",
            "les grands événements", "la gestion de crise", "la résilience urbaine", "la sécurité routière",
            "la reconnaissance faciale", "la protection des données personnelles", "les drones", "les capteurs connectés",
            "la ville intelligente", "les plateformes numériques", "l’analyse prédictive", "l’éthique numérique",
            "les libertés publiques", "la confiance entre police et population", "la police de proximité",
            "l’aménagement urbain", "la prévention situationnelle", "la rénovation urbaine", "l’hébergement d’urgence",
            "la santé mentale", "l’accompagnement des victimes", "l’aide aux victimes", "la prévention du décrochage scolaire",
            "l’insertion professionnelle", "les chantiers éducatifs", "le travail d’intérêt général",
            "l’évaluation des politiques publiques", "le diagnostic local de sécurité", "le partenariat local",
            "la coproduction de la sécurité", "la co-construction des politiques locales", "les marches exploratoires",
            "le bien-être des habitants", "la sécurité des femmes", "la sécurité des seniors", "la prévention des rixes",
            "la lutte contre l’exclusion", "la gestion urbaine de proximité", "le travail de rue", "la formation des agents",
            "la vidéo-verbalisation", "la prévention de la radicalisation", "l’économie de la nuit", "les festivals",
            "les abords des stades", "les gares", "les centres commerciaux", "les établissements scolaires",
            "les parcs et jardins", "le mobilier urbain", "l’inclusion numérique", "la sobriété énergétique",
            "l’égalité femmes-hommes", "l’auto-évaluation", "l’évaluation à mi-parcours", "la démarche de porte-à-porte",
            "le dialogue interculturel", "la mémoire des quartiers", "le contrat local de sécurité",
            "la stratégie territoriale de sécurité", "la prévention routière", "l’accueil des personnes sans-abri",
            "la protection des mineurs non accompagnés", "l’accès aux droits"),
        Problems = Nouns(
            "la cybercriminalité", "le sentiment d’insécurité", "la délinquance juvénile", "la récidive",
            "la radicalisation violente", "la polarisation", "le trafic de stupéfiants", "la consommation de drogues",
            "les violences faites aux femmes", "le harcèlement de rue", "le cyber-harcèlement", "les violences intrafamiliales",
            "les discriminations", "les incivilités", "les dégradations", "les cambriolages", "les rodéos urbains",
            "les discours de haine en ligne", "l’escroquerie en ligne", "la fraude numérique", "les rançongiciels",
            "l’hameçonnage", "la désinformation", "le non-recours aux droits", "l’exploitation sexuelle",
            "la traite des êtres humains", "les nuisances sonores", "l’alcoolisation massive", "les armes blanches",
            "l’occupation abusive des halls d’immeuble", "les rixes entre bandes", "les vols à l’arraché",
            "les violences urbaines", "le deal de rue", "les dépôts sauvages", "les atteintes aux biens",
            "l’insécurité dans les transports", "le vandalisme", "l’absentéisme scolaire", "les troubles du voisinage"),
        Verbs =
        [
            new("renforce", "renforcent"), new("améliore", "améliorent"), new("favorise", "favorisent"),
            new("accompagne", "accompagnent"), new("mobilise", "mobilisent"), new("évalue", "évaluent"),
            new("soutient", "soutiennent"), new("coordonne", "coordonnent"), new("développe", "développent"),
            new("encadre", "encadrent"), new("structure", "structurent"), new("expérimente", "expérimentent"),
            new("finance", "financent"), new("pilote", "pilotent"), new("prolonge", "prolongent"),
            new("adapte", "adaptent"), new("repense", "repensent"), new("consolide", "consolident"),
            new("promeut", "promeuvent"), new("facilite", "facilitent"), new("modernise", "modernisent"),
            new("complète", "complètent"), new("intègre", "intègrent"), new("diffuse", "diffusent"),
            new("valorise", "valorisent"), new("met en œuvre", "mettent en œuvre"), new("s’appuie sur", "s’appuient sur"),
            new("questionne", "questionnent"), new("réorganise", "réorganisent"), new("sécurise", "sécurisent"),
            new("professionnalise", "professionnalisent"), new("pérennise", "pérennisent"), new("déploie", "déploient"),
            new("généralise", "généralisent"), new("étend", "étendent"), new("relance", "relancent"),
        ],
        CounterVerbs =
        [
            new("réduit", "réduisent"), new("prévient", "préviennent"), new("combat", "combattent"),
            new("endigue", "endiguent"), new("cible", "ciblent"), new("mesure", "mesurent"),
            new("cartographie", "cartographient"), new("analyse", "analysent"), new("anticipe", "anticipent"),
            new("documente", "documentent"), new("limite", "limitent"), new("fait reculer", "font reculer"),
            new("lutte contre", "luttent contre"), new("objective", "objectivent"), new("surveille", "surveillent"),
            new("freine", "freinent"), new("repère", "repèrent"),
        ],
        Infinitives = Infinitives(
            "renforcer", "améliorer", "favoriser", "accompagner", "mobiliser", "évaluer", "soutenir", "coordonner",
            "développer", "encadrer", "structurer", "expérimenter", "piloter", "adapter", "repenser", "documenter",
            "consolider", "promouvoir", "faciliter", "moderniser", "intégrer", "diffuser", "valoriser", "mettre en œuvre",
            "outiller", "sécuriser", "apaiser", "professionnaliser", "pérenniser", "réinventer", "humaniser", "ouvrir",
            "élargir", "encourager", "transférer", "partager", "déployer", "généraliser"),
        CounterInfinitives = Infinitives(
            "réduire", "prévenir", "combattre", "endiguer", "cibler", "mesurer", "cartographier", "analyser", "anticiper",
            "limiter", "faire reculer", "lutter contre", "objectiver", "mieux comprendre", "freiner", "repérer"),
        Complements =
        [
            "dans les quartiers prioritaires", "à l’échelle de la métropole", "en lien avec les associations locales",
            "auprès des jeunes de 12 à 25 ans", "dans le respect des libertés individuelles",
            "avec le soutien du Fonds social européen", "grâce à un financement européen", "en concertation avec les habitants",
            "au plus près des habitants", "sur l’ensemble du territoire communal", "pendant la période estivale",
            "la nuit et le week-end", "aux abords des établissements scolaires", "dans les transports en commun",
            "autour des gares", "en centre-ville", "dans les zones périurbaines", "à partir d’un diagnostic partagé",
            "selon une approche intégrée", "dans une logique de coproduction", "sans stigmatiser les quartiers",
            "en s’appuyant sur des données ouvertes", "de manière transparente", "sur une période de trois ans",
            "depuis plusieurs années", "en complément de l’action policière", "aux côtés des services de l’État",
            "dans le cadre du contrat de ville", "dans le cadre d’un projet européen", "à l’aide d’outils numériques",
            "en temps réel", "avec des moyens limités", "au sein du réseau de l’Efus", "entre villes européennes",
            "auprès des publics vulnérables", "à l’occasion des grands événements", "avec l’appui d’un comité d’éthique",
            "en partenariat avec l’université", "dans les parcs et jardins publics", "à proximité des lieux festifs",
            "au cœur des quartiers", "en dehors des heures d’ouverture des services", "de façon durable",
            "sur la base du volontariat", "dans une perspective de genre", "à l’ère du numérique", "de jour comme de nuit",
            "sous le contrôle de la Commission nationale de l’informatique et des libertés", "avec les bailleurs sociaux",
        ],
        Connectors =
        [
            "Par ailleurs", "En outre", "Dans ce cadre", "À cet égard", "De plus", "Ainsi", "En parallèle",
            "Concrètement", "Dès lors", "Toutefois", "En pratique", "À terme", "Dans un second temps", "Au-delà",
            "Enfin", "Depuis {YEAR}", "En {YEAR}", "À {CITY}", "Selon les partenaires", "D’après l’évaluation",
            "Pour l’équipe du projet", "Face à ces constats",
        ],
        Sentences =
        [
            "{S} {V} {O} {C}.",
            "{S} {VP} {P} {C}.",
            "{K}, {S} {V} {O}.",
            "{K}, {S} {VP} {P} {C}.",
            "À {CITY}, {S} {V} {O} {C}.",
            "Face {P.to}, {S} {V} {O} {C}.",
            "Le dispositif vise à {IP} {P} {C}.",
            "L’objectif est {I.de} {O} et {IP.de} {P}.",
            "Il s’agit {I.de} {O} {C}.",
            "Les partenaires ont choisi {I.de} {O} pour {IP} {P}.",
            "Près de {PCT} % des habitants interrogés citent {P} parmi leurs principales préoccupations.",
            "Au total, {N} agents ont été formés {O.to} {C}.",
            "Le budget annuel s’élève à {EUR} euros, dont une part financée par l’Union européenne.",
            "L’évaluation montre que {S} {VP} {P} {C}.",
            "Cette initiative, lancée en {YEAR}, {V} {O} {C}.",
            "{K}, l’enjeu consiste à {I} {O} sans négliger {P}.",
            "Le lien entre {O} et {P} reste au cœur de la démarche.",
            "Désormais, {S} {V} {O}, ce qui permet {IP.de} {P}.",
            "Un comité de suivi réunit tous les {N} mois {S} et {S}.",
            "Le recours {O.to} reste encadré par une charte éthique.",
        ],
        PracticeSheetTitles =
        [
            "{O.bare} à {CITY}", "{CITY} : {O.bare} {C}", "Plan d’action contre {P} à {CITY}",
            "{O.bare} et {P.bare} : l’expérience {CITY.de}", "{CITY} mise sur {O}", "Prévenir {P} à {CITY}",
        ],
        Contacts =
        [
            "Service prévention et tranquillité publique, Ville {CITY.de}",
            "Direction de la sécurité et de la prévention, Métropole {CITY.de}",
            "Coordination du conseil local de sécurité, Ville {CITY.de}",
        ],
        ProjectNames =
        [
            "{T.bare} dans les villes européennes", "Réseau européen pour {O}", "Villes européennes face {P.to}",
            "Coopération européenne pour {O} {C}", "{IP} {P} : un projet européen", "Des villes ensemble contre {P}",
        ],
        Coordinators = ["Efus", "Ville {CITY.de}", "Université {CITY.de}", "Métropole {CITY.de}", "Police municipale {CITY.de}"],
        EfusRoles =
        [
            "Coordinateur", "Partenaire", "Chef de file de l’évaluation", "Responsable de la diffusion des résultats",
            "Membre du comité de pilotage", "Partenaire associé",
        ],
        ProjectWebsiteLabel = "Site du projet",
        PublicationTitles =
        [
            "{O.bare} et {P.bare}", "{T.bare} : enjeux et perspectives", "Guide pratique {O.of}", "Pour {O} {C}",
            "{T.bare} en Europe", "Villes et {T.bare}", "Prévenir {P} : ce qui marche",
        ],
        PublicationSubtitles =
        [
            "Recommandations pour les collectivités locales", "Retour d’expérience de {N} villes européennes",
            "{T.bare} {C}", "Les leçons {CITY.de}", "Points de repère pour les élus",
            "Manifeste {CITY.de}",
        ],
        PublicationKinds =
        [
            "Manifeste", "Guide", "Charte", "Rapport", "Étude", "Recueil de pratiques", "Note de synthèse", "Actes",
        ],
        Publishers = ["Efus", "Forum français pour la sécurité urbaine", "Ville {CITY.de}", "Efus et Université {CITY.de}"],
        ConferenceNames =
        [
            "Conférence internationale de l’Efus, {CITY} {YEAR}", "Séminaire européen {T.of}, {CITY}",
            "Rencontres européennes {O.of} ({CITY}, {YEAR})", "Assemblée générale de l’Efus, {CITY} {YEAR}",
            "Conférence « Sécurité, démocratie et villes », {CITY} {YEAR}",
        ],
        ConferenceReportTitles =
        [
            "{T.bare} : compte rendu de la conférence {CITY.de} ({YEAR})", "Conférence {CITY.de} {YEAR} : {T.bare}",
            "Compte rendu : {O.bare} et {P.bare}", "Ce qu’il faut retenir {CITY.de} {YEAR}",
        ],
        SessionTitles =
        [
            "Atelier {N} : {T.bare}", "Table ronde : {O.bare} {C}", "Séance plénière : {O.bare} et {P.bare}",
            "Session {N} : {IP} {P}", "Débat : {P.bare}, quelles réponses locales ?",
        ],
        Affiliations =
        [
            "Ville {CITY.de}", "Efus", "Université {CITY.de}", "Police municipale {CITY.de}",
            "Ministère de l’Intérieur", "Métropole {CITY.de}", "Association de médiation {CITY.de}",
        ],
    };

    private static NounPhrase[] Nouns(params string[] definites) => [.. definites.Select(FrenchText.Noun)];

    private static Infinitive[] Infinitives(params string[] bares) => [.. bares.Select(Infinitive.French)];
}
