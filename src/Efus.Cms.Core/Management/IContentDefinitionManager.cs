using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Management;

public interface IContentDefinitionManager
{
    Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(ContentDefinitions definitions, CancellationToken cancellationToken = default);
}
