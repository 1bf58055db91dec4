using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlSearchStatisticsTests(PostgreSqlDatabaseFixture database)
    : SearchStatisticsContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
