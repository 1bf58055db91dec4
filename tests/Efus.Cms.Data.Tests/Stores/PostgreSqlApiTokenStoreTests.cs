using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlApiTokenStoreTests(PostgreSqlDatabaseFixture database)
    : ApiTokenStoreContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
