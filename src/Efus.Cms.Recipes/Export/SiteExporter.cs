using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Steps;

namespace Efus.Cms.Recipes.Export;

/// <summary>
/// Writes the whole site as one Orchard recipe (name "Export"): features, themes, settings, roles,
/// content definitions, search indexes, media and every item's latest and published versions.
/// Deterministic: the same site gives byte-identical output (stable order, indented with "\n",
/// relaxed escaping so accents stay readable). Items are streamed, not loaded all at once.
/// </summary>
public sealed class SiteExporter(
    IDocumentStore documents,
    IContentDefinitionManager definitions,
    IContentStore content,
    IMediaStore media)
{
    private const int FlushThreshold = 64 * 1024;

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task ExportAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("name", "Export");
        writer.WriteString("displayName", "Export");
        writer.WriteString("description", "");
        writer.WriteString("author", "");
        writer.WriteString("website", "");
        writer.WriteString("version", "");
        writer.WriteBoolean("issetuprecipe", false);
        writer.WriteStartArray("categories");
        writer.WriteEndArray();
        writer.WriteStartArray("tags");
        writer.WriteEndArray();
        writer.WriteStartArray("steps");

        foreach (var step in await DocumentStepsAsync(cancellationToken))
        {
            step.WriteTo(writer);
        }

        await WriteMediaAsync(writer, cancellationToken);
        await WriteContentAsync(writer, cancellationToken);

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>The export as a string, for tests and small sites.</summary>
    public async Task<string> ExportToStringAsync(CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await ExportAsync(buffer, cancellationToken);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<List<JsonObject>> DocumentStepsAsync(CancellationToken cancellationToken)
    {
        var steps = new List<JsonObject>();
        if (await documents.GetAsync(DocumentNames.Features, cancellationToken) is { } features)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "feature",
                ["disable"] = features[FeatureStep.Disabled]?.DeepClone() ?? new JsonArray(),
                ["enable"] = features[FeatureStep.Enabled]?.DeepClone() ?? new JsonArray(),
            });
        }

        if (await documents.GetAsync(DocumentNames.Themes, cancellationToken) is { } themes)
        {
            var step = new JsonObject { ["name"] = "themes" };
            if (themes.ContainsKey(ThemesStep.Admin))
            {
                step["admin"] = themes[ThemesStep.Admin]?.DeepClone();
            }

            if (themes.ContainsKey(ThemesStep.Site))
            {
                step["site"] = themes[ThemesStep.Site]?.DeepClone();
            }

            steps.Add(step);
        }

        if (await documents.GetAsync(DocumentNames.Site, cancellationToken) is { } site)
        {
            steps.Add(SettingsStepOf(site));
        }

        if (await documents.GetAsync(DocumentNames.Roles, cancellationToken) is { } roles)
        {
            steps.Add(RolesStepOf(roles));
        }

        var definitionsJson = ContentDefinitionJson.ToJson(await definitions.GetAsync(cancellationToken));
        if (definitionsJson.Any(p => p.Value is JsonArray { Count: > 0 }))
        {
            var step = new JsonObject { ["name"] = "ContentDefinition" };
            foreach (var (key, value) in definitionsJson)
            {
                step[key] = value?.DeepClone();
            }

            steps.Add(step);
        }

        if (await documents.GetAsync(DocumentNames.LuceneIndexSettings, cancellationToken) is { Count: > 0 } indexes)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "lucene-index",
                ["Indices"] = new JsonArray([.. indexes.Select(p => (JsonNode)new JsonObject { [p.Key] = p.Value?.DeepClone() })]),
            });
        }

        if (await documents.GetAsync(DocumentNames.GraphQLQueries, cancellationToken) is { Count: > 0 } queries)
        {
            steps.Add(GraphQLQueriesStep.StepOf(queries));
        }

        return steps;
    }

    /// <summary>The "Site" document flattened back into Orchard's settings step: site properties, then each named settings object.</summary>
    private static JsonObject SettingsStepOf(JsonObject site)
    {
        var step = new JsonObject { ["name"] = "settings" };
        foreach (var (key, value) in site)
        {
            if (key != SiteSettingsKeys.Properties)
            {
                step[key] = value?.DeepClone();
            }
        }

        if (site[SiteSettingsKeys.Properties] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                step[key] = value?.DeepClone();
            }
        }

        return step;
    }

    private static JsonObject RolesStepOf(JsonObject document)
    {
        var roles = new JsonArray();
        foreach (var role in (document["Roles"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var permissions = (role["RoleClaims"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(c => c["ClaimType"].AsString() == RolesStep.PermissionClaimType)
                .Select(c => (JsonNode?)JsonValue.Create(c["ClaimValue"].AsString()));
            roles.Add(new JsonObject
            {
                ["Name"] = role["RoleName"]?.DeepClone(),
                ["Description"] = role["RoleDescription"]?.DeepClone(),
                ["Permissions"] = new JsonArray([.. permissions]),
            });
        }

        return new JsonObject { ["name"] = "Roles", ["Roles"] = roles };
    }

    private async Task WriteMediaAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        var files = (await media.ListAsync(cancellationToken)).Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("name", "media");
        writer.WriteStartArray("Files");
        foreach (var path in files)
        {
            var file = await media.GetAsync(path, cancellationToken);
            if (file is null)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("TargetPath", file.Path);
            writer.WriteBase64String("Base64", file.Content);
            writer.WriteEndObject();
            await FlushIfFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private async Task WriteContentAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        var started = false;
        await foreach (var item in content.StreamLatestAndPublishedAsync(cancellationToken))
        {
            if (!started)
            {
                writer.WriteStartObject();
                writer.WriteString("name", "content");
                writer.WriteStartArray("data");
                started = true;
            }

            ContentItemJson.ToJson(item).WriteTo(writer);
            await FlushIfFullAsync(writer, cancellationToken);
        }

        if (started)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    private static async Task FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }
}
