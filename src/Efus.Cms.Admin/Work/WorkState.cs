namespace Efus.Cms.Admin.Work;

public enum WorkState
{
    Running,
    Succeeded,
    Failed,
}
