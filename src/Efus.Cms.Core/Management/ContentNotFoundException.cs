namespace Efus.Cms.Core.Management;

public sealed class ContentNotFoundException(string id)
    : Exception($"Content item '{id}' does not exist.")
{
    public string Id { get; } = id;
}
