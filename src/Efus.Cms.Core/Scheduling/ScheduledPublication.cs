namespace Efus.Cms.Core.Scheduling;

/// <summary>An item waiting for its publication time; <see cref="Failure"/> says why it could not be published when it was due.</summary>
public sealed record ScheduledPublication(string ContentItemId, DateTime ScheduledUtc, string? Failure = null);
