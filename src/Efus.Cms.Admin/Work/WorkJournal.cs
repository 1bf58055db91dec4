using System.Text.Json;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Core.Jobs;
using Efus.Cms.Recipes;

namespace Efus.Cms.Admin.Work;

/// <summary>How a job's status becomes a BackgroundJobs row and back: its result and error as JSON, read by kind.</summary>
public static class WorkJournal
{
    public static EditorMessage NodeStopped { get; } = new("Interrompu : le serveur qui l’exécutait s’est arrêté.");

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static BackgroundJob ToStored(WorkStatus status, string nodeId, DateTime nowUtc)
    {
        var now = status.Snapshot;
        return new BackgroundJob(status.Id, status.Kind.ToString(), status.StartedBy, status.StartedUtc, nodeId, now.State.ToString(),
            now.Done, now.Total, now.Stage,
            now.Result is null ? null : JsonSerializer.Serialize(now.Result, now.Result.GetType(), _json),
            now.Error is null ? null : ErrorJson(now.Error),
            nowUtc);
    }

    /// <summary>A running job whose heartbeat is older than <paramref name="staleBeforeUtc"/> reads as interrupted.</summary>
    public static WorkStatus? FromStored(BackgroundJob stored, DateTime staleBeforeUtc)
    {
        if (!Enum.TryParse<WorkKind>(stored.Kind, out var kind) || !Enum.TryParse<WorkState>(stored.State, out var state))
        {
            return null;
        }

        var error = stored.ErrorJson is null ? null : JsonSerializer.Deserialize<EditorMessage>(stored.ErrorJson, _json);
        if (state == WorkState.Running && stored.HeartbeatUtc < staleBeforeUtc)
        {
            (state, error) = (WorkState.Failed, NodeStopped);
        }

        object? result = stored.ResultJson is null ? null : kind switch
        {
            WorkKind.Reindex => JsonSerializer.Deserialize<Dictionary<string, long>>(stored.ResultJson, _json),
            _ => JsonSerializer.Deserialize<RecipeResult>(stored.ResultJson, _json),
        };
        return WorkStatus.Stored(stored.Id, kind, stored.StartedBy, stored.StartedUtc,
            new WorkSnapshot(state, stored.Done, stored.Total, stored.Stage, result, error));
    }

    public static string ErrorJson(EditorMessage error) => JsonSerializer.Serialize(error, _json);
}
