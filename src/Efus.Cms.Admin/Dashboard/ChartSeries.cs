namespace Efus.Cms.Admin.Dashboard;

/// <summary>A chart's data: one label per point and one or more named series (also rendered as the fallback table).</summary>
public sealed record ChartSeries(IReadOnlyList<string> Labels, IReadOnlyList<ChartDataset> Datasets);

/// <summary>A named series of values, one per label.</summary>
public sealed record ChartDataset(string Label, IReadOnlyList<int> Values);
