namespace Efus.Cms.Data.Tests.Infrastructure;

public static class PostgreSqlTestSettings
{
    public const string Variable = "EFUS_TEST_POSTGRES";

    public const string DefaultConnectionString = "Host=127.0.0.1;Username=postgres;Password=postgres;Database=efus_test";

    /// <summary>The server and an existing database to connect to; each test class creates its own database there.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : DefaultConnectionString;
}
