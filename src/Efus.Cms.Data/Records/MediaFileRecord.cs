namespace Efus.Cms.Data.Records;

public sealed class MediaFileRecord
{
    public string Path { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public long Length { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
