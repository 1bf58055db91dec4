namespace Efus.Cms.Core.Storage;

/// <summary>A save was based on a version that someone else changed meanwhile.</summary>
public sealed class ContentConflictException(string contentItemId)
    : Exception($"Content item '{contentItemId}' was changed by someone else since it was loaded; reload it and apply your changes again.")
{
    public string ContentItemId { get; } = contentItemId;
}
