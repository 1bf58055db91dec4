using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class SqliteMediaStoreTests() : MediaStoreContractTests(new SqliteTestDatabase());
