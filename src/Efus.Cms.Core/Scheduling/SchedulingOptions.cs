namespace Efus.Cms.Core.Scheduling;

/// <summary>How the scheduled publisher runs (configuration section <c>Cms:Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    /// <summary>How often due items are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a node holds the items it claimed before another may try them.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; set; } = 20;

    /// <summary>Names this node in its claims (machine, process, and a random part so two hosts in one process differ).</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
