using Efus.Cms.GraphQL.Tests.Infrastructure;

namespace Efus.Cms.GraphQL.Tests.Execution;

public sealed class SmokeTests
{
    [Fact]
    public async Task Smoke()
    {
        await using var site = await GraphQLTestSite.WithSetupRecipeAsync();
        var result = await site.ExecuteAsync("""
            { cooperationProject(orderBy: {displayText: ASC}) { contentItemId displayText path startYear themes { termContentItemIds termContentItems { displayText } } publications { contentItems { displayText } } localization { culture localizations { displayText } } }
              cooperationProjectCount(where: {startYear_gte: 2012})
              conferenceReport { sessions { contentItems { contentType displayText ... on ConferenceSession { speakers } } } }
            }
            """, countQueries: true);
        Console.WriteLine(result.Json);
        Console.WriteLine(string.Join("\n----\n", result.Sql));
        result.AssertOk();
    }
}
