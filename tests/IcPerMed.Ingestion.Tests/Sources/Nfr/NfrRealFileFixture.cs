using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Reads the real NFR file once for all tests of a class (it takes about a second).</summary>
public sealed class NfrRealFileFixture : IAsyncLifetime
{
    internal CollectingSink Sink { get; private set; } = new();
    internal List<HarvestProgress> Progress { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var progress = new SynchronousProgress(Progress);
        Sink = await NfrHarvestRun.ReadAsync(NfrFileByHand.RealFile, NfrHarvestRun.Context(progress: progress));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Progress&lt;T&gt; posts to the thread pool; this records reports in order, as they happen.</summary>
    private sealed class SynchronousProgress(List<HarvestProgress> reports) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => reports.Add(value);
    }
}
