namespace Efus.Cms.Core.Security;

/// <summary>What a user wants to do with a content item; <see cref="ContentPermissions.For"/> names the permission.</summary>
public enum ContentAction
{
    View,
    List,
    Edit,
    Publish,
    Delete,
    Preview,
    Clone,
}
