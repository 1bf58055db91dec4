namespace Efus.Cms.Core.Media;

/// <summary>The outcome of checking an upload: the safe name and kind, or why it is refused.</summary>
public sealed record MediaCheck(string? FileName, MediaKind? Kind, MediaRejection? Rejection, string? Detail = null)
{
    public bool Accepted => Rejection is null;

    public static MediaCheck Refuse(MediaRejection rejection, string? detail = null) => new(null, null, rejection, detail);
}
