using Efus.Cms.Core.Management;
using Efus.Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Efus.Cms.GraphQL;

/// <summary>
/// The schema as a singleton, rebuilt when <see cref="DefinitionsChangeToken"/> moves on (a recipe or
/// the admin changed the definitions): no restart, and requests keep the schema they started with.
/// </summary>
public sealed class ContentSchemaProvider(DefinitionsChangeToken changeToken) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private (long Version, ISchema Schema)? _current;

    /// <param name="definitions">The request's definition manager (scoped), read only when a rebuild is due.</param>
    public async Task<ISchema> GetSchemaAsync(IContentDefinitionManager definitions, CancellationToken cancellationToken = default)
    {
        // The version is read before the definitions, so a change made meanwhile triggers another rebuild.
        var version = changeToken.Version;
        if (_current is { } current && current.Version == version)
        {
            return current.Schema;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Version == version)
            {
                return built.Schema;
            }

            var schema = ContentSchemaBuilder.Build(await definitions.GetAsync(cancellationToken));
            _current = (version, schema);
            return schema;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();
}
