using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.GraphQL.Schema;
using Efus.Cms.GraphQL.Tests.Infrastructure;
using GraphQL;

namespace Efus.Cms.GraphQL.Tests.Schema;

/// <summary>
/// The schema generated from the setup recipe's definitions is committed (Snapshots/efus.graphql),
/// so any change to the public API shows as a diff. Set EFUS_UPDATE_SNAPSHOTS=1 to rewrite it.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void Print_SetupRecipeDefinitions_MatchesCommittedSnapshot()
    {
        var sdl = ContentSchemaBuilder.Build(SetupDefinitions()).Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = RepoPaths.Snapshot("efus.graphql");
        if (Environment.GetEnvironmentVariable("EFUS_UPDATE_SNAPSHOTS") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, sdl);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), sdl);
    }

    public static ContentDefinitions SetupDefinitions()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RepoPaths.SetupRecipe), documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        })!;
        var step = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "ContentDefinition")!.AsObject();
        return ContentDefinitionJson.Merge(ContentDefinitions.Empty, step, replace: false, "$.steps[ContentDefinition]");
    }
}
