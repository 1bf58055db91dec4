namespace Efus.Cms.Admin.Work;

/// <summary>
/// One background job as its page and status endpoint show it. The job updates it from its own thread;
/// readers take a consistent copy with <see cref="Snapshot"/>.
/// </summary>
public sealed class WorkStatus(string id, WorkKind kind, string startedBy, DateTime startedUtc)
{
    private readonly Lock _gate = new();
    private WorkSnapshot _snapshot = new(WorkState.Running, 0, 0, null, null, null);

    public string Id { get; } = id;

    public WorkKind Kind { get; } = kind;

    public string StartedBy { get; } = startedBy;

    public DateTime StartedUtc { get; } = startedUtc;

    /// <summary>What the job works on and keeps for a follow-up (the uploaded recipe of a dry run).</summary>
    public object? Input { get; init; }

    public WorkSnapshot Snapshot
    {
        get
        {
            lock (_gate)
            {
                return _snapshot;
            }
        }
    }

    /// <summary><paramref name="total"/> 0 when unknown; <paramref name="stage"/> names what is being done (a step, an index).</summary>
    public void Report(long done, long total, string? stage)
    {
        lock (_gate)
        {
            _snapshot = _snapshot with { Done = done, Total = total, Stage = stage };
        }
    }

    /// <summary>A job read back from the database (another node's): a fixed picture of it.</summary>
    public static WorkStatus Stored(string id, WorkKind kind, string startedBy, DateTime startedUtc, WorkSnapshot snapshot)
    {
        var status = new WorkStatus(id, kind, startedBy, startedUtc);
        status._snapshot = snapshot;
        return status;
    }

    public void Succeed(object? result)
    {
        lock (_gate)
        {
            _snapshot = _snapshot with { State = WorkState.Succeeded, Result = result };
        }
    }

    public void Fail(Editors.EditorMessage error)
    {
        lock (_gate)
        {
            _snapshot = _snapshot with { State = WorkState.Failed, Error = error };
        }
    }
}
