namespace Efus.Cms.DataGenerator.Text;

/// <summary>A verb in the infinitive, bare ("renforcer", "strengthen") and introduced ("d’améliorer", "to improve").</summary>
internal sealed record Infinitive(string Bare, string Introduced)
{
    public static Infinitive French(string bare) => new(bare, FrenchText.De(bare));

    public static Infinitive English(string bare) => new(bare, "to " + bare);
}
