using Efus.Cms.Core.Search;

namespace Efus.Cms.Core.Tests.Search;

public sealed class SearchQueryTextTests
{
    [Theory]
    [InlineData("  Vidéo   PROTECTION\t Lyon ", "vidéo protection lyon")]
    [InlineData("contact jean.dupont@ville.fr", "contact [courriel]")]
    [InlineData("appeler le 06 12 34 56 78", "appeler le [numéro]")]
    [InlineData("+33612345678 urgence", "[numéro] urgence")]
    [InlineData("rapport 2024", "rapport 2024")]
    public void Normalize_FoldsCaseAndSpaces_AndMasksPersonalData(string query, string expected) =>
        Assert.Equal(expected, SearchQueryText.Normalize(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_NoText_IsNotRecorded(string? query) => Assert.Null(SearchQueryText.Normalize(query));

    [Fact]
    public void Normalize_LongQuery_IsCutToTheColumn() =>
        Assert.Equal(SearchQueryText.MaxLength, SearchQueryText.Normalize(new string('a', 500))!.Length);
}
