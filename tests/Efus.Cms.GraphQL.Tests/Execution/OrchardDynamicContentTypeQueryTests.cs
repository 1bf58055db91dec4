using Efus.Cms.GraphQL.Tests.Infrastructure;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>
/// Orchard Core's DynamicContentTypeQueryTests, on its own recipe (DynamicContentTypeQueryTest.json,
/// imported with our recipe executor): a part as an object (price), a collapsed part (sku) and a
/// collapsed part with collision-safe names (metadataCode, metadataAvailabilityDate).
/// </summary>
public sealed class OrchardDynamicContentTypeQueryTests : IAsyncLifetime
{
    private GraphQLTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await GraphQLTestSite.CreateAsync();
        await _site.RunRecipeFileAsync(RepoPaths.OrchardRecipe("DynamicContentTypeQueryTest.json"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<List<string?>> ProductsAsync(string arguments) =>
        (await _site.ExecuteAsync($$"""{ product({{arguments}}) { displayText price { amount } sku metadataCode metadataAvailabilityDate } }"""))
            .AssertOk().Values("product", "displayText");

    [Fact]
    public async Task PartField_GreaterThan_ReturnsOnlyProduct2() =>
        Assert.Equal(["Product 2"], await ProductsAsync("where: {price: {amount_gt: 10}}"));

    [Fact]
    public async Task CollapsedField_StartsWith_ReturnsProduct2() =>
        Assert.Equal(["Product 2"], await ProductsAsync("""where: {sku_starts_with: "4000"}"""));

    [Fact]
    public async Task CollisionSafeField_Equals_ReturnsProduct1() =>
        Assert.Equal(["Product 1"], await ProductsAsync("""where: {metadataCode: "100000987"}"""));

    [Fact]
    public async Task AndOfOrWithDate_OrderedByCreation_ReturnsProduct2() =>
        Assert.Equal(["Product 2"], await ProductsAsync(
            """where: {AND: {OR: {price: {amount: 10}, sku_ends_with: "44"}, metadataAvailabilityDate_gt: "2024-05-01"}}, orderBy: {createdUtc: ASC}"""));

    [Fact]
    public async Task Fields_ResolveWithOrchardNames()
    {
        var result = (await _site.ExecuteAsync("""{ product(where: {sku: "3000-01"}) { price { amount } sku metadataCode metadataAvailabilityDate } }""")).AssertOk();
        var product = result.Data!["product"]![0]!;
        Assert.Equal(10m, product["price"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("100000987", product["metadataCode"]!.GetValue<string>());
        Assert.Equal("2024-04-07", product["metadataAvailabilityDate"]!.ToString());
    }
}
