namespace Efus.Cms.Data.Tests;

public sealed class UtcDateTimeConverterTests
{
    private readonly UtcDateTimeConverter _converter = new();

    [Fact]
    public void ToProvider_LocalOrUnspecified_StoresUtcCutToMicroseconds()
    {
        var utc = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1234567);

        var fromLocal = (DateTime)_converter.ConvertToProvider(utc.ToLocalTime())!;
        var fromUnspecified = (DateTime)_converter.ConvertToProvider(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified))!;

        Assert.Equal(utc.AddTicks(-7), fromLocal);
        Assert.Equal(DateTimeKind.Utc, fromLocal.Kind);
        Assert.Equal(utc.AddTicks(-7), fromUnspecified);
    }

    [Fact]
    public void FromProvider_StoredValue_ComesBackAsUtc()
    {
        var stored = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Unspecified);

        var read = (DateTime)_converter.ConvertFromProvider(stored)!;

        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(stored.Ticks, read.Ticks);
    }
}
