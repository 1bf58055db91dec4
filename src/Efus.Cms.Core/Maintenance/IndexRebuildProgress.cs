namespace Efus.Cms.Core.Maintenance;

/// <summary>How far a rebuild has come: indexing tasks read and documents written so far.</summary>
public sealed record IndexRebuildProgress(string IndexName, long Tasks, long Documents, double ItemsPerSecond);
