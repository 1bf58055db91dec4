using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Efus.Cms.GraphQL;

/// <summary>
/// The schema as a singleton, rebuilt when the definitions the request reads are another snapshot than the one it
/// was built from (the node keeps one snapshot per saved version: a change made on this node, by a recipe or the
/// admin, is seen by the next request, another node's within the documents' revision check): no restart, and
/// requests keep the schema they started with.
/// </summary>
public sealed class ContentSchemaProvider : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private (ContentDefinitions Definitions, ISchema Schema)? _current;

    /// <param name="definitions">The request's definition manager (scoped): its snapshot costs no query.</param>
    public async Task<ISchema> GetSchemaAsync(IContentDefinitionManager definitions, CancellationToken cancellationToken = default)
    {
        var read = await definitions.GetAsync(cancellationToken);
        if (_current is { } current && ReferenceEquals(current.Definitions, read))
        {
            return current.Schema;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && ReferenceEquals(built.Definitions, read))
            {
                return built.Schema;
            }

            var schema = ContentSchemaBuilder.Build(read);
            _current = (read, schema);
            return schema;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();
}
