using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlContentStoreTests(PostgreSqlDatabaseFixture database)
    : ContentStoreContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
