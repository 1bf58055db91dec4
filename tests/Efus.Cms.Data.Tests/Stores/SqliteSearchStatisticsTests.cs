using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class SqliteSearchStatisticsTests() : SearchStatisticsContractTests(new SqliteTestDatabase());
