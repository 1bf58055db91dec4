namespace Efus.Cms.DataGenerator;

/// <summary>
/// Orchard-style 26-character lower-case ids ([0-9a-z]) drawn from the seeded random source,
/// so that the same seed gives the same ids.
/// </summary>
internal sealed class SyntheticIds(Random random)
{
    public const int Length = 26;

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public string Next() =>
        string.Create(Length, random, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[source.Next(Alphabet.Length)];
            }
        });
}
