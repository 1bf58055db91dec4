namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>Where a contract test gets its migrated database: a fresh file per test (SQLite) or one database per test class (PostgreSQL).</summary>
public interface IStoreDatabase
{
    Task<IServiceProvider> OpenAsync();

    Task CloseAsync();
}
