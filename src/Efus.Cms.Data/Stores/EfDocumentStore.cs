using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>Site documents, one row each, replaced whole; each save bumps the row's revision.</summary>
public sealed class EfDocumentStore(CmsDbContext db, EfUnitOfWork unitOfWork) : IDocumentStore
{
    public async Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var json = await db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null
            ? null
            : JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException($"Document '{name}' is not a JSON object.");
    }

    public Task<int> RevisionAsync(string name, CancellationToken cancellationToken = default) =>
        db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => d.Revision).FirstOrDefaultAsync(cancellationToken);

    public async Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var json = document.ToJsonString(ContentItemJson.WriteOptions);

        // One UPDATE that increments the revision in SQL: concurrent saves cannot lose an increment.
        var updated = await db.Documents.Where(d => d.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Json, json).SetProperty(d => d.Revision, d => d.Revision + 1), cancellationToken);
        if (updated == 0)
        {
            var entry = db.Documents.Add(new DocumentRecord { Name = name, Json = json, Revision = 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                entry.State = EntityState.Detached;
            }
        }

        unitOfWork.DocumentSaved(name);
        await unitOfWork.AfterWriteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default) =>
        await db.Documents.AsNoTracking().OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
}
