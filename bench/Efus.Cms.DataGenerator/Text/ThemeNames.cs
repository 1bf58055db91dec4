namespace Efus.Cms.DataGenerator.Text;

/// <summary>The forty terms of the synthetic "Thèmes synthétiques" taxonomy.</summary>
internal static class ThemeNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Vidéosurveillance", "Prévention de la délinquance", "Médiation sociale", "Cybercriminalité", "Éclairage public",
        "Intelligence artificielle", "Participation citoyenne", "Sécurité routière", "Violences faites aux femmes",
        "Prévention de la radicalisation", "Trafic de stupéfiants", "Vie nocturne", "Espaces publics", "Grands événements",
        "Police municipale", "Justice restaurative", "Prévention de la récidive", "Jeunesse", "Drogues et addictions",
        "Reconnaissance faciale", "Drones", "Villes intelligentes", "Protection des données", "Sentiment d’insécurité",
        "Cohésion sociale", "Aménagement urbain", "Transports publics", "Gestion de crise", "Discriminations",
        "Harcèlement de rue", "Incivilités", "Partenariats locaux", "Évaluation des politiques publiques",
        "Capteurs et objets connectés", "Éthique numérique", "Aide aux victimes", "Sécurité aux abords des écoles",
        "Tourisme et sécurité", "Polarisation", "Santé mentale",
    ];
}
