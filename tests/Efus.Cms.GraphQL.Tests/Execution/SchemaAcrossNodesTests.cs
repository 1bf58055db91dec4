using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>
/// The schema follows the definitions this node keeps (<see cref="DocumentCache{T}"/>), so a change another node or
/// the command line wrote reaches it within the documents' revision check, without a restart.
/// </summary>
public sealed class SchemaAcrossNodesTests
{
    [Fact]
    public async Task Schema_FollowsDefinitionsAnotherNodeWrote_OnceTheRevisionCheckIsDue()
    {
        await using var site = await GraphQLTestSite.WithSetupRecipeAsync();
        const string query = "{ practiceSheet(first: 1) { displayText } }";
        (await site.ExecuteAsync(query)).AssertOk();
        var definitions = await site.InScopeAsync(s => s.GetRequiredService<IContentDefinitionManager>().GetAsync());

        // Another node writes the row itself: this site's store never signals it.
        await using (var connection = new SqliteConnection(site.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "Documents" SET "Json" = $json, "Revision" = "Revision" + 1 WHERE "Name" = $name""";
            command.Parameters.AddWithValue("$json", ContentDefinitionJson.ToJson(definitions.WithoutType("PracticeSheet")).ToJsonString());
            command.Parameters.AddWithValue("$name", DocumentNames.ContentDefinitions);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await Task.Delay(DocumentChangeSignals.RevisionCheckInterval);

        Assert.Equal(400, (await site.ExecuteAsync(query)).StatusCode);
    }
}
