using Efus.Cms.Core.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Work;

/// <summary>Rebuilds search indexes in the background (searches keep answering from the live index until the new one is swapped in).</summary>
public sealed class ReindexJobs(WorkRegistry work)
{
    public WorkStatus Start(IReadOnlyList<string> indexNames, string userName) =>
        work.Start(WorkKind.Reindex, userName, indexNames, async (services, status, ct) =>
        {
            var maintenance = services.GetRequiredService<ISearchIndexMaintenance>();
            var documents = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var name in indexNames)
            {
                var progress = new Progress(status, name);
                await maintenance.RebuildAsync(name, progress, ct);
                documents[name] = progress.Documents;
            }

            status.Succeed(documents);
        });

    /// <summary>Reports synchronously (no SynchronizationContext hop): tasks read so far, total unknown.</summary>
    private sealed class Progress(WorkStatus status, string name) : IProgress<IndexRebuildProgress>
    {
        public long Documents { get; private set; }

        public void Report(IndexRebuildProgress value)
        {
            Documents = value.Documents;
            status.Report(value.Tasks, 0, name);
        }
    }
}
