using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.Stores;

public sealed class SqlitePublicationScheduleTests() : PublicationScheduleContractTests(new SqliteTestDatabase());
