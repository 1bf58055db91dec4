namespace Efus.Cms.Core.Security;

/// <summary>
/// Orchard Core's content permissions (OrchardCore.Contents CommonPermissions) with what implies
/// what, and the per-type names that types marked <c>Securable</c> add (<c>Edit_{Type}</c>…).
/// </summary>
public static class ContentPermissions
{
    public const string PublishContent = Permissions.PublishContent;
    public const string PublishOwnContent = "PublishOwnContent";
    public const string EditContent = Permissions.EditContent;
    public const string EditOwnContent = "EditOwnContent";
    public const string DeleteContent = "DeleteContent";
    public const string DeleteOwnContent = "DeleteOwnContent";
    public const string ViewContent = Permissions.ViewContent;
    public const string ViewOwnContent = "ViewOwnContent";
    public const string PreviewContent = "PreviewContent";
    public const string PreviewOwnContent = "PreviewOwnContent";
    public const string CloneContent = "CloneContent";
    public const string CloneOwnContent = "CloneOwnContent";
    public const string ListContent = "ListContent";
    public const string ManageUsers = "ManageUsers";

    /// <summary>Each permission and the permissions that grant it too (Orchard's ImpliedBy).</summary>
    private static readonly Dictionary<string, string[]> _impliedBy = new(StringComparer.Ordinal)
    {
        [PublishOwnContent] = [PublishContent],
        [EditContent] = [PublishContent],
        [EditOwnContent] = [EditContent, PublishOwnContent],
        [DeleteOwnContent] = [DeleteContent],
        [ViewContent] = [EditContent],
        [ViewOwnContent] = [ViewContent],
        [PreviewContent] = [EditContent],
        [PreviewOwnContent] = [PreviewContent],
        [CloneContent] = [EditContent],
        [CloneOwnContent] = [CloneContent],
        [ListContent] = [EditOwnContent],
    };

    /// <summary>Orchard's templates for Securable types, e.g. <c>Edit_{0}</c>.</summary>
    private static readonly Dictionary<string, string> _typeTemplates = new(StringComparer.Ordinal)
    {
        [PublishContent] = "Publish_{0}",
        [PublishOwnContent] = "PublishOwn_{0}",
        [EditContent] = "Edit_{0}",
        [EditOwnContent] = "EditOwn_{0}",
        [DeleteContent] = "Delete_{0}",
        [DeleteOwnContent] = "DeleteOwn_{0}",
        [ViewContent] = "View_{0}",
        [ViewOwnContent] = "ViewOwn_{0}",
        [PreviewContent] = "Preview_{0}",
        [PreviewOwnContent] = "PreviewOwn_{0}",
        [CloneContent] = "Clone_{0}",
        [CloneOwnContent] = "CloneOwn_{0}",
        [ListContent] = "ListContent_{0}",
    };

    /// <summary>The permission an action needs: the "Own" variant when the user owns the item.</summary>
    public static string For(ContentAction action, bool owner) => (action, owner) switch
    {
        (ContentAction.View, false) => ViewContent,
        (ContentAction.View, true) => ViewOwnContent,
        (ContentAction.List, _) => ListContent,
        (ContentAction.Edit, false) => EditContent,
        (ContentAction.Edit, true) => EditOwnContent,
        (ContentAction.Publish, false) => PublishContent,
        (ContentAction.Publish, true) => PublishOwnContent,
        (ContentAction.Delete, false) => DeleteContent,
        (ContentAction.Delete, true) => DeleteOwnContent,
        (ContentAction.Preview, false) => PreviewContent,
        (ContentAction.Preview, true) => PreviewOwnContent,
        (ContentAction.Clone, false) => CloneContent,
        (ContentAction.Clone, true) => CloneOwnContent,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown content action."),
    };

    /// <summary>
    /// Every permission that grants <paramref name="permission"/>: itself, what implies it
    /// (transitively) and, for a Securable type, the per-type names of all of those.
    /// </summary>
    public static IReadOnlySet<string> Granting(string permission, string? securableType)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([permission]);
        while (pending.TryPop(out var next))
        {
            if (result.Add(next) && _impliedBy.TryGetValue(next, out var implying))
            {
                foreach (var other in implying)
                {
                    pending.Push(other);
                }
            }
        }

        if (securableType is not null)
        {
            foreach (var name in result.ToList())
            {
                if (_typeTemplates.TryGetValue(name, out var template))
                {
                    result.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, securableType));
                }
            }
        }

        return result;
    }
}
