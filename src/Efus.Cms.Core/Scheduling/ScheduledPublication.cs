namespace Efus.Cms.Core.Scheduling;

/// <summary>An item waiting for its publication time.</summary>
public sealed record ScheduledPublication(string ContentItemId, DateTime ScheduledUtc);
