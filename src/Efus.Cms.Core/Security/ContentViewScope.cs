namespace Efus.Cms.Core.Security;

/// <summary>Which items of a content type a caller may view (<see cref="ContentAuthorizer.ViewScopeAsync"/>).</summary>
public enum ContentViewScope
{
    /// <summary>None: neither <c>ViewContent</c> nor <c>ViewOwnContent</c> (nor their per-type names) is granted.</summary>
    None,

    /// <summary>Only the caller's own items (<c>ViewOwnContent</c>).</summary>
    Own,

    /// <summary>Every item (<c>ViewContent</c>, or <c>View_{Type}</c> for a Securable type).</summary>
    All,
}
