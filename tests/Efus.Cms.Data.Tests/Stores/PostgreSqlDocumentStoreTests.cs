using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class PostgreSqlDocumentStoreTests(PostgreSqlDatabaseFixture database)
    : DocumentStoreContractTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
