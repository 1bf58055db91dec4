namespace Efus.Cms.Core.Management;

public sealed record ImportSummary(int Created, int Updated, int Unchanged);
