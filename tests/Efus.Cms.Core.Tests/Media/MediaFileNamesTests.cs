using Efus.Cms.Core.Media;

namespace Efus.Cms.Core.Tests.Media;

public sealed class MediaFileNamesTests
{
    [Theory]
    [InlineData("Rapport d’activité 2025.PDF", "rapport-d-activite-2025.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\évaluation.png", "evaluation.png")]
    [InlineData("/var/www/logo.svg", "logo.svg")]
    [InlineData("con.pdf", "con-fichier.pdf")]
    [InlineData("LPT1.png", "lpt1-fichier.png")]
    [InlineData("a\u0000.pdf", "a.pdf")]
    [InlineData("a\u202Efdp.exe", "a-fdp.exe")]
    [InlineData(".pdf", "pdf")]
    [InlineData("Manifeste.v2.final.pdf", "manifeste-v2-final.pdf")]
    public void Sanitize_HostileOrAccentedName_IsSafe(string name, string expected)
    {
        var safe = MediaFileNames.Sanitize(name);

        Assert.Equal(expected, safe);
        Assert.NotNull(MediaPaths.Normalize(safe));
    }

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("../..")]
    [InlineData(null)]
    public void Sanitize_NothingUsable_IsNull(string? name)
    {
        Assert.Null(MediaFileNames.Sanitize(name));
    }

    [Theory]
    [InlineData("Rapports annuels", "rapports-annuels")]
    [InlineData("../secret", "secret")]
    [InlineData("nul", "nul-dossier")]
    public void SanitizeFolder_Name_IsSlug(string name, string expected)
    {
        Assert.Equal(expected, MediaFileNames.SanitizeFolder(name));
    }
}
