namespace Efus.Cms.Core.Jobs;

/// <summary>
/// A long job (import, reindex) as every node sees it: what, who, where it runs, how far, and its
/// outcome as JSON. <see cref="HeartbeatUtc"/> moves while the job runs; a running job whose
/// heartbeat stopped belongs to a node that died.
/// </summary>
public sealed record BackgroundJob(
    string Id,
    string Kind,
    string StartedBy,
    DateTime StartedUtc,
    string NodeId,
    string State,
    long Done,
    long Total,
    string? Stage,
    string? ResultJson,
    string? ErrorJson,
    DateTime HeartbeatUtc)
{
    public const string Running = "Running";
}
