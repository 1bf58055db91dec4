namespace Efus.Cms.Core.Events;

public enum ContentEventKind
{
    Created,
    Updated,
    Published,
    Unpublished,
    DraftDiscarded,
    Removed,
    Imported,
}
