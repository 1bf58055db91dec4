using Efus.Cms.Data.Tests.Infrastructure;

namespace Efus.Cms.Data.Tests.FieldIndex;

public sealed class SqliteFieldIndexTests() : FieldIndexContractTests(new SqliteTestDatabase());
