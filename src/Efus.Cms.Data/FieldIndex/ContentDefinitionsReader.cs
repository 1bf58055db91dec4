using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.FieldIndex;

/// <summary>
/// Reads the "ContentDefinitions" document straight from the database, in the caller's transaction,
/// so a recipe that changes definitions and then saves content indexes the new fields. The parsed
/// definitions are kept for the scope and re-read only when the document's revision changes.
/// </summary>
internal sealed class ContentDefinitionsReader(CmsDbContext db)
{
    private (int Revision, ContentDefinitions Definitions)? _cached;

    public async Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking().Where(d => d.Name == DocumentNames.ContentDefinitions);
        var revision = await documents.Select(d => (int?)d.Revision).FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return ContentDefinitions.Empty;
        }

        if (_cached is { } cached && cached.Revision == revision)
        {
            return cached.Definitions;
        }

        var row = await documents.Select(d => new { d.Revision, d.Json }).FirstAsync(cancellationToken);
        var json = JsonNode.Parse(row.Json) as JsonObject
            ?? throw new InvalidDataException($"The '{DocumentNames.ContentDefinitions}' document is not a JSON object.");
        var definitions = ContentDefinitionJson.FromJson(json);
        _cached = (row.Revision, definitions);
        return definitions;
    }
}
