using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlUnitOfWorkTests(PostgreSqlDatabaseFixture database)
    : UnitOfWorkContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
