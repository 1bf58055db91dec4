namespace Efus.Cms.Core.Storage;

public enum ContentOrder
{
    CreatedUtcDescending,
    CreatedUtcAscending,
    ModifiedUtcDescending,
    PublishedUtcDescending,
    DisplayTextAscending,
}
