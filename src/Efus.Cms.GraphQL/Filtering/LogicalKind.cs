namespace Efus.Cms.GraphQL.Filtering;

internal enum LogicalKind
{
    And,
    Or,
    Not,
}
