using System.Diagnostics;

namespace IcPerMed.Benchmarks;

/// <summary>
/// Samples the process's resident memory every 50 ms while a phase runs and keeps the highest value, so each phase
/// gets its own peak (Process.PeakWorkingSet64 only ever grows over the whole process).
/// </summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peak;
    private long peakManaged;

    public PeakMemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Baseline = Current();
        peak = Baseline;
        sampling = Task.Run(SampleAsync);
    }

    /// <summary>Resident memory when the phase started, after a full collection.</summary>
    public long Baseline { get; }

    public long Peak => Interlocked.Read(ref peak);

    /// <summary>The highest managed (.NET) heap size seen: our own objects, without the stores' native buffers.</summary>
    public long PeakManaged => Interlocked.Read(ref peakManaged);

    private static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                var now = Current();
                if (now > Interlocked.Read(ref peak))
                    Interlocked.Exchange(ref peak, now);
                var managed = GC.GetTotalMemory(forceFullCollection: false);
                if (managed > Interlocked.Read(ref peakManaged))
                    Interlocked.Exchange(ref peakManaged, managed);
            }
        }
        catch (OperationCanceledException)
        {
            // the phase ended
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await sampling.ConfigureAwait(false);
        stop.Dispose();
    }
}
