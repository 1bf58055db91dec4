using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class SqliteApiTokenStoreTests() : ApiTokenStoreContractTests(new SqliteTestDatabase());
