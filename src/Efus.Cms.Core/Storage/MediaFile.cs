namespace Efus.Cms.Core.Storage;

public sealed record MediaFile(string Path, byte[] Content, DateTime ModifiedUtc);
