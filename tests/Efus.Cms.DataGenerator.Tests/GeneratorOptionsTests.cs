namespace Efus.Cms.DataGenerator.Tests;

public sealed class GeneratorOptionsTests
{
    [Theory]
    [InlineData("1k", 1_000)]
    [InlineData("10k", 10_000)]
    [InlineData("100K", 100_000)]
    [InlineData("2500", 2_500)]
    [InlineData("0", 0)]
    public void ParseItemCount_NumberOrThousands_ReturnsCount(string value, int expected)
    {
        Assert.Equal(expected, GeneratorOptions.ParseItemCount(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("k")]
    [InlineData("-5")]
    [InlineData("1.5k")]
    [InlineData("ten")]
    [InlineData("9999999k")]
    public void ParseItemCount_NotACount_Throws(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => GeneratorOptions.ParseItemCount(value));
        Assert.Contains("--items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AllOptions_ReturnsThem()
    {
        var options = GeneratorOptions.Parse(["--items", "10k", "--seed", "7", "--out", "/tmp/x.recipe.json"]);

        Assert.Equal(new GeneratorOptions(10_000, 7, "/tmp/x.recipe.json"), options);
    }

    [Fact]
    public void Parse_NoSeed_UsesFortyTwo()
    {
        Assert.Equal(42, GeneratorOptions.Parse(["--out", "a.json", "--items", "5"]).Seed);
    }

    [Theory]
    [InlineData("--out", "a.json")]
    [InlineData("--items", "5")]
    [InlineData("--items", "5", "--out")]
    [InlineData("--items", "5", "--out", "a.json", "--colour", "red")]
    [InlineData("--items", "5", "--out", "a.json", "--seed", "x")]
    public void Parse_MissingOrWrongOption_ThrowsNamingIt(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse(args));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
