using Efus.Cms.Core.Security;

namespace Efus.Cms.Core.Tests.Security;

public sealed class ContentPermissionsTests
{
    [Fact]
    public void Granting_PublishOwn_IsGrantedByPublishContentButNotByEditContent()
    {
        var granting = ContentPermissions.Granting(ContentPermissions.PublishOwnContent, securableType: null);

        Assert.Contains(ContentPermissions.PublishContent, granting);
        Assert.DoesNotContain(ContentPermissions.EditContent, granting);
        Assert.DoesNotContain(ContentPermissions.EditOwnContent, granting);
    }

    [Fact]
    public void Granting_EditOwn_IsGrantedByEditingOrPublishingPermissions()
    {
        var granting = ContentPermissions.Granting(ContentPermissions.EditOwnContent, securableType: null);

        Assert.Equal(
            new[] { "EditContent", "EditOwnContent", "PublishContent", "PublishOwnContent" },
            granting.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Granting_SecurableType_AddsOrchardsPerTypeNames()
    {
        var granting = ContentPermissions.Granting(ContentPermissions.EditContent, "PracticeSheet");

        Assert.Contains("Edit_PracticeSheet", granting);
        Assert.Contains("Publish_PracticeSheet", granting);
        Assert.Contains(ContentPermissions.PublishContent, granting);
        Assert.DoesNotContain("EditOwn_PracticeSheet", granting);
    }

    [Theory]
    [InlineData(ContentAction.Edit, true, "EditOwnContent")]
    [InlineData(ContentAction.Edit, false, "EditContent")]
    [InlineData(ContentAction.Publish, true, "PublishOwnContent")]
    [InlineData(ContentAction.Delete, false, "DeleteContent")]
    [InlineData(ContentAction.List, true, "ListContent")]
    public void For_PicksTheOwnVariantForOwners(ContentAction action, bool owner, string expected) =>
        Assert.Equal(expected, ContentPermissions.For(action, owner));
}
