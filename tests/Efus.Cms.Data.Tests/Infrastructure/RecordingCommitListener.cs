using Efus.Cms.Core.Storage;

namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>Scoped: counts the commits of one scope.</summary>
public sealed class RecordingCommitListener : ICommitListener
{
    public int Calls { get; private set; }

    public Task OnCommittedAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.CompletedTask;
    }
}
