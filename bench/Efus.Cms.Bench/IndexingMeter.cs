using System.Diagnostics;

namespace Efus.Cms.Bench;

/// <summary>
/// Wall clock, process CPU time, garbage-collector pauses and collections, and allocated bytes, summed over the
/// stretches between <see cref="Start"/> and <see cref="Stop"/> (the indexing, not the reading of each batch).
/// </summary>
public sealed class IndexingMeter
{
    private readonly Stopwatch _wall = new();
    private readonly long[] _collections = new long[3];
    private TimeSpan _cpuStart;
    private TimeSpan _pauseStart;
    private long _allocatedStart;

    public TimeSpan Wall => _wall.Elapsed;

    public TimeSpan Cpu { get; private set; }

    public TimeSpan GcPause { get; private set; }

    public long Allocated { get; private set; }

    public long Collections(int generation) => _collections[generation];

    public void Start()
    {
        for (var generation = 0; generation < 3; generation++)
        {
            _collections[generation] -= GC.CollectionCount(generation);
        }

        _allocatedStart = GC.GetTotalAllocatedBytes(precise: false);
        _pauseStart = GC.GetTotalPauseDuration();
        _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        _wall.Start();
    }

    public void Stop()
    {
        _wall.Stop();
        Cpu += Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
        GcPause += GC.GetTotalPauseDuration() - _pauseStart;
        Allocated += GC.GetTotalAllocatedBytes(precise: false) - _allocatedStart;
        for (var generation = 0; generation < 3; generation++)
        {
            _collections[generation] += GC.CollectionCount(generation);
        }
    }
}
