namespace Efus.Cms.Core.Storage;

public enum IndexingTaskType
{
    Update = 0,
    Delete = 1,
}
