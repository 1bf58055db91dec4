using Efus.Cms.Recipes.Steps;

namespace Efus.Cms.Recipes.Tests.Steps;

public sealed class VersionIdSetTests
{
    [Fact]
    public void Add_TellsAnIdSeenBefore_FromEveryOther()
    {
        var set = new VersionIdSet();
        var longId = new string('é', 400);

        Assert.True(set.Add("4efus0v000000000000000001"));
        Assert.True(set.Add("4efus0v000000000000000002"));
        Assert.True(set.Add(longId));
        Assert.False(set.Add("4efus0v000000000000000001"));
        Assert.False(set.Add(longId));
        Assert.True(set.Add("4EFUS0V000000000000000001"));
    }
}
