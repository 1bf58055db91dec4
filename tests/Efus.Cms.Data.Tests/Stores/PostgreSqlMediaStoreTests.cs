using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlMediaStoreTests(PostgreSqlDatabaseFixture database)
    : MediaStoreContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
