using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlPublicationScheduleTests(PostgreSqlDatabaseFixture database)
    : PublicationScheduleContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
