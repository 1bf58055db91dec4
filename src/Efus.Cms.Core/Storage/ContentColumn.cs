namespace Efus.Cms.Core.Storage;

/// <summary>The columns a store keeps for every version, which filters and sorts may use.</summary>
public enum ContentColumn
{
    ContentItemId,
    ContentItemVersionId,
    ContentType,
    DisplayText,
    Published,
    Latest,
    Owner,
    Author,
    CreatedUtc,
    ModifiedUtc,
    PublishedUtc,

    /// <summary>AutoroutePart.Path.</summary>
    Path,

    /// <summary>LocalizationPart.Culture.</summary>
    Culture,

    /// <summary>LocalizationPart.LocalizationSet.</summary>
    LocalizationSet,
}
