using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.FieldIndex;

public sealed class PostgreSqlFieldIndexTests(PostgreSqlDatabaseFixture database)
    : FieldIndexContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
