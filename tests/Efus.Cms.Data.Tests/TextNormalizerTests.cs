namespace Efus.Cms.Data.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Évaluation DES Politiques", "evaluation des politiques")]
    [InlineData("Vidéoprotection à l'École", "videoprotection a l'ecole")]
    [InlineData("Straße", "straße")]
    public void Fold_Text_LowersAndDropsDiacritics(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(text));
    }

    [Fact]
    public void Truncate_AtSurrogatePair_KeepsPairWhole()
    {
        var text = "ab\U0001F600cd";

        Assert.Equal("ab", TextNormalizer.Truncate(text, 3));
        Assert.Equal("ab\U0001F600", TextNormalizer.Truncate(text, 4));
        Assert.Equal(text, TextNormalizer.Truncate(text, 10));
    }
}
