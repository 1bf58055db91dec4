using Efus.Cms.Core.Storage;

namespace Efus.Cms.Data.Stores;

/// <summary>A change set is about one item, and names each version once.</summary>
internal static class ContentChangeSetRules
{
    public static void Validate(ContentChangeSet changes)
    {
        if (string.IsNullOrEmpty(changes.ContentItemId))
        {
            throw new ArgumentException("A change set needs the id of the content item it changes.", nameof(changes));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in changes.Saves.Concat(changes.Deletes))
        {
            if (item.ContentItemId != changes.ContentItemId)
            {
                throw new ArgumentException(
                    $"Every version in a change set must belong to content item '{changes.ContentItemId}'; found one of '{item.ContentItemId}'.", nameof(changes));
            }

            if (string.IsNullOrEmpty(item.ContentItemVersionId))
            {
                throw new ArgumentException($"A version of content item '{changes.ContentItemId}' has no ContentItemVersionId.", nameof(changes));
            }

            if (!seen.Add(item.ContentItemVersionId))
            {
                throw new ArgumentException($"Version '{item.ContentItemVersionId}' appears twice in the change set.", nameof(changes));
            }
        }

        foreach (var item in changes.Saves)
        {
            if (string.IsNullOrEmpty(item.ContentType))
            {
                throw new ArgumentException($"Version '{item.ContentItemVersionId}' has no ContentType.", nameof(changes));
            }
        }
    }
}
