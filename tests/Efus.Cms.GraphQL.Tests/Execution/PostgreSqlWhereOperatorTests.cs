namespace Efus.Cms.GraphQL.Tests.Execution;

public sealed class PostgreSqlWhereOperatorTests : WhereOperatorContractTests
{
    protected override bool PostgreSql => true;
}
