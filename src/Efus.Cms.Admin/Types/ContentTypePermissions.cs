namespace Efus.Cms.Admin.Types;

/// <summary>Orchard's permission for the content types editor (OrchardCore.ContentTypes): Administrators have it.</summary>
public static class ContentTypePermissions
{
    public const string EditContentTypes = "EditContentTypes";
}
