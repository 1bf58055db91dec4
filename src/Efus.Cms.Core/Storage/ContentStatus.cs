namespace Efus.Cms.Core.Storage;

/// <summary>Status filter of content lists, as Orchard's GraphQL <c>status</c> argument.</summary>
public enum ContentStatus
{
    Published,
    Draft,
    Latest,
    All,
}
