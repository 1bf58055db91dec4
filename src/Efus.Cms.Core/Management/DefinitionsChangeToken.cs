namespace Efus.Cms.Core.Management;

/// <summary>Singleton counter bumped when definitions change, so derived caches (GraphQL schema, forms) rebuild.</summary>
public sealed class DefinitionsChangeToken
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Signal() => Interlocked.Increment(ref _version);
}
