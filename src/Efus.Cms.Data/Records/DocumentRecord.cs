namespace Efus.Cms.Data.Records;

/// <summary>A named site-wide JSON document (content definitions, site settings, roles…).</summary>
public sealed class DocumentRecord
{
    public string Name { get; set; } = "";

    public string Json { get; set; } = "{}";

    public int Revision { get; set; }
}
