using Hangfire.InMemory;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Jobs.Scheduling;
using IcPerMed.Jobs.Scheduling.Jobs;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// The harvest job queues classify on Hangfire (a real in-memory Hangfire storage, as the embedded <c>serve</c> uses)
/// only when the harvest changed projects.
/// </summary>
public sealed class HarvestJobQueueTests
{
    [Fact]
    public async Task Harvest_queues_classify_once_and_a_harvest_of_unchanged_data_queues_nothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // Hangfire keeps the last host's logger factory in a static; a web test's host has disposed it by now
        // (the same trap as SchedulerLogRelease). No provider set means Hangfire logs nowhere.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        using var storage = new InMemoryStorage();
        var client = new Hangfire.BackgroundJobClient(storage);
        var settings = new JobSettings(Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb"));
        var state = new IngestionOptions { StateDirectory = Path.Combine(TestPaths.NewTempDirectory(), "harvest-state") };
        var job = new HarvestJob(NfrSource.Registration with { Connector = () => new NfrFrom(TestPaths.Shared("nfr-eu-h2020/dataset.csv.gz")) }, settings, state,
            TimeProvider.System, NullLoggerFactory.Instance, client);

        var first = new List<string>();
        await job.RunAsync(new SynchronousProgress(first.Add), cancellationToken);
        var queued = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10);
        var classify = Assert.Single(queued).Value.Job;
        Assert.Equal((typeof(ScheduledJobRunner), nameof(ScheduledJobRunner.RunAsync), ClassifyJob.JobName),
            (classify.Type, classify.Method.Name, classify.Args[0] as string));
        Assert.Contains("projects changed: classify queued", first);

        var second = new List<string>();
        await job.RunAsync(new SynchronousProgress(second.Add), cancellationToken);
        Assert.Single(storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10));
        Assert.Contains(second, line => line.Contains(" 0 new, 0 updated, ", StringComparison.Ordinal));
        Assert.Contains("nothing changed: classify not queued", second);
    }

    /// <summary>The real NFR connector reading the shared copy of the file instead of its working-folder default.</summary>
    private sealed class NfrFrom(string path) : ISourceConnector
    {
        private readonly NfrConnector nfr = new();

        public string Source => nfr.Source;

        public string DefaultLocation => path;

        public Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken) =>
            nfr.ReadAsync(from, sink, context, cancellationToken);
    }
}
