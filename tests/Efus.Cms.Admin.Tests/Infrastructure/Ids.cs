namespace Efus.Cms.Admin.Tests.Infrastructure;

/// <summary>Ids of the setup recipe's items that the tests use.</summary>
public static class Ids
{
    public const string Themes = "4efus0tax00000000000000001";
    public const string SmartCities = "4efus0term0000000000000001";
    public const string Ethics = "4efus0term0000000000000002";
    public const string VideoSurveillance = "4efus0term0000000000000014";
    public const string Protect = "4efus0proj0000000000000001";
    public const string Surveille = "4efus0proj0000000000000004";
    public const string ConferenceReport = "4efus0conf0000000000000001";
}
