using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlContentQueryTests(PostgreSqlDatabaseFixture database)
    : ContentQueryContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
