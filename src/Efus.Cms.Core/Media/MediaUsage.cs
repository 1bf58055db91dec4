namespace Efus.Cms.Core.Media;

/// <summary>A content item whose latest version uses a media file.</summary>
public sealed record MediaUsage(string ContentItemId, string ContentType, string DisplayText);
