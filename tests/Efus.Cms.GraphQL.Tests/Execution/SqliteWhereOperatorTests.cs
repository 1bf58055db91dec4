namespace Efus.Cms.GraphQL.Tests.Execution;

public sealed class SqliteWhereOperatorTests : WhereOperatorContractTests
{
    protected override bool PostgreSql => false;
}
