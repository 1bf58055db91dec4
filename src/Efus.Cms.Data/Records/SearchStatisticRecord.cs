namespace Efus.Cms.Data.Records;

/// <summary>
/// How many public searches for one normalised query on one day found how many results (one row per
/// flushed batch and query; readers sum them). No address, no user, no time of day.
/// </summary>
public sealed class SearchStatisticRecord
{
    public long Id { get; set; }

    public DateTime Day { get; set; }

    public string Query { get; set; } = "";

    public int Searches { get; set; }

    public int Results { get; set; }
}
