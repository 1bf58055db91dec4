namespace Efus.Cms.DataGenerator.Text;

/// <summary>Common European first and last names for conference speakers; any match with a real person is chance.</summary>
internal static class PersonNames
{
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Marie", "Jean", "Sophie", "Pierre", "Claire", "Luc", "Ana", "Javier", "Lucía", "Marco", "Giulia", "Katarzyna",
        "Piotr", "Anna", "Lars", "Ingrid", "Hans", "Sabine", "Jan", "Eva", "Tomás", "Elena", "Nikos", "Maria", "João",
        "Inês", "Seán", "Aoife", "Emma", "Karim", "Fatima", "Mehdi", "Léa", "Zoé", "Élise", "Hélène", "Søren", "Małgorzata",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Dupont", "Martin", "Lefèvre", "Moreau", "Garcia", "Fernández", "Rossi", "Bianchi", "Kowalska", "Nowak",
        "Andersson", "Jensen", "Müller", "Schmidt", "De Vries", "Janssens", "Peeters", "Papadopoulos", "Silva", "Costa",
        "O’Brien", "Murphy", "Benali", "Haddad", "Dubois", "Laurent", "Novák", "Horváth", "Popescu", "Kovačić",
        "Virtanen", "Hansen", "Weber", "Ferreira",
    ];
}
