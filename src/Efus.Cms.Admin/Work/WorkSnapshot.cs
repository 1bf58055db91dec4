namespace Efus.Cms.Admin.Work;

/// <summary>A job's state at one moment: how far (<see cref="Done"/> of <see cref="Total"/>, 0 when unknown), its result or its error.</summary>
public sealed record WorkSnapshot(WorkState State, long Done, long Total, string? Stage, object? Result, Editors.EditorMessage? Error)
{
    /// <summary>0–100, or null when the total is unknown.</summary>
    public int? Percent => Total > 0 ? (int)Math.Clamp(Done * 100 / Total, 0, 100) : null;
}
