namespace Efus.Cms.Core.Storage;

public sealed record MediaFileInfo(string Path, long Length, DateTime ModifiedUtc);
