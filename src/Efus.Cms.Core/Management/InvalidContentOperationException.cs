namespace Efus.Cms.Core.Management;

/// <summary>An operation that does not apply to the item's current state (publishing nothing, discarding no draft…).</summary>
public sealed class InvalidContentOperationException(string message) : Exception(message);
