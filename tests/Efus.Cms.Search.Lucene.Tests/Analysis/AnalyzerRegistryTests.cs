using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Efus.Cms.Search.Lucene.Tests.Analysis;

public sealed class AnalyzerRegistryTests
{
    [Theory]
    [InlineData("frenchanalyzer")]
    [InlineData("FrenchAnalyzer")]
    public void Create_FrenchNameInAnyCase_ReturnsFrenchAnalyzer(string name)
    {
        using var analyzer = new AnalyzerRegistry().Create(name);

        Assert.IsType<FrenchSearchAnalyzer>(analyzer);
    }

    [Fact]
    public void Create_StandardName_ReturnsLuceneStandardAnalyzer()
    {
        using var analyzer = new AnalyzerRegistry().Create("StandardAnalyzer");

        Assert.IsType<StandardAnalyzer>(analyzer);
    }

    [Fact]
    public void Create_UnknownName_ThrowsNamingItAndTheKnownOnes()
    {
        var registry = new AnalyzerRegistry();

        var exception = Assert.Throws<ArgumentException>(() => registry.Create("germananalyzer"));

        Assert.Contains("'germananalyzer'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("frenchanalyzer, standardanalyzer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AdditionalAnalyzer_IsRegisteredBesideTheBuiltIns()
    {
        var registry = new AnalyzerRegistry(new Dictionary<string, Func<Analyzer>>
        {
            ["keywordanalyzer"] = () => new KeywordAnalyzer(),
        });

        Assert.Equal(["frenchanalyzer", "keywordanalyzer", "standardanalyzer"], registry.Names);
    }
}
