namespace Efus.Cms.Core.Media;

/// <summary>An upload's outcome: the path the file was stored at, or why it was refused.</summary>
public sealed record MediaUpload(string OriginalName, string? Path, MediaCheck Check)
{
    public bool Stored => Path is not null;
}
