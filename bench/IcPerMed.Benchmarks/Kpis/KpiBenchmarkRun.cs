using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Benchmarks.Kpis;

/// <summary>What <c>icpermed bench kpis</c> is asked to do.</summary>
/// <param name="Postgres">The PostgreSQL server, or null for DuckDB only.</param>
/// <param name="Keep">Keep the scaled warehouses (DuckDB file in the work folder, PostgreSQL schema) for the next run to reuse.</param>
public sealed record KpiBenchmarkOptions(long Projects, int Repeat, Quarter Quarter, string WorkDirectory, string? Postgres, bool Keep,
    string SampleDirectory);

/// <summary>
/// <c>icpermed bench kpis</c>: per store, a warehouse holding the bundled real sample, harvested and classified as
/// <c>icpermed demo</c> does, scaled to N projects (<see cref="KpiBenchmarkData"/>); then, after a warm-up, N
/// repetitions of ours and of the direct SQL (<see cref="KpiBenchmark"/>), the three ways interleaved so the
/// machine's load falls on all of them alike.
/// </summary>
public sealed class KpiBenchmarkRun(ILoggerFactory logging, TimeProvider time)
{
    private readonly ILogger logger = logging.CreateLogger<KpiBenchmarkRun>();

    public async Task<IReadOnlyList<KpiBenchmarkFigures>> RunAsync(KpiBenchmarkOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var figures = new List<KpiBenchmarkFigures>();
        var duckDb = Path.Combine(options.WorkDirectory, $"kpis-{options.Projects}.duckdb");
        try
        {
            figures.Add(await MeasureStoreAsync(duckDb, options, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            if (!options.Keep)
            {
                File.Delete(duckDb);
                File.Delete(duckDb + ".wal");
            }
        }
        if (options.Postgres is { } server)
        {
            var schema = $"bench_kpis_{options.Projects}";
            try
            {
                var location = await BenchmarkSchema.EnsureAsync(server, schema, cancellationToken).ConfigureAwait(false);
                figures.Add(await MeasureStoreAsync(location, options, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                if (!options.Keep)
                    await BenchmarkSchema.DropAsync(server, schema, CancellationToken.None).ConfigureAwait(false);
            }
        }
        return figures;
    }

    private async Task<KpiBenchmarkFigures> MeasureStoreAsync(string location, KpiBenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var warehouse = await Warehouse.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
        var scale = await PrepareAsync(warehouse, options, cancellationToken).ConfigureAwait(false);
        var benchmark = new KpiBenchmark(warehouse, options.Quarter, time);
        Func<CancellationToken, Task<IReadOnlyList<KpiBenchmarkStep>>>[] ways =
            [benchmark.RunPublicAsync, benchmark.RunWorkspaceAsync, benchmark.RunDirectAsync, benchmark.RunLiveQuarterAsync];
        string[] names = ["ours (ComputeKpisAsync + ComputeGapsAsync)", "ours (one workspace)", "direct SQL", "live quarter (ComputeAnalyticsAsync)"];
        var runs = ways.Select(_ => new List<IReadOnlyList<KpiBenchmarkStep>>()).ToArray();
        var peaks = new (long Rss, long Managed)[ways.Length];
        logger.LogInformation("{Store}: warm-up", warehouse.Store);
        foreach (var way in ways)
            _ = await way(cancellationToken).ConfigureAwait(false);
        for (var repetition = 0; repetition < options.Repeat; repetition++)
        {
            for (var k = 0; k < ways.Length; k++)
            {
                // Each repetition starts with a different way, so none always runs right after another's caches.
                var i = (k + repetition) % ways.Length;
                await using var memory = new PeakMemorySampler();
                var steps = await ways[i](cancellationToken).ConfigureAwait(false);
                runs[i].Add(steps);
                peaks[i] = (Math.Max(peaks[i].Rss, memory.Peak), Math.Max(peaks[i].Managed, memory.PeakManaged));
                logger.LogInformation("{Store} run {Run}/{Runs}, {Way}: {Seconds:F3} s", warehouse.Store, repetition + 1, options.Repeat, names[i],
                    steps.Sum(s => s.Elapsed.TotalSeconds));
            }
        }
        var series = runs.Select((r, i) => new KpiBenchmarkSeries(r, peaks[i].Rss, peaks[i].Managed)).ToArray();
        return new KpiBenchmarkFigures(warehouse.Store, scale, series[0], series[1], series[2], series[3]);
    }

    /// <summary>The real sample harvested and classified as <c>icpermed demo</c> does it (unless the warehouse has projects), then scaled.</summary>
    /// <remarks><c>bench web</c> prepares its warehouse the same way.</remarks>
    public async Task<KpiBenchmarkScale> PrepareAsync(Warehouse warehouse, KpiBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var totals = await warehouse.GetTotalsAsync(cancellationToken).ConfigureAwait(false);
        if (totals.Sum(t => t.Projects) == 0)
        {
            using var http = new HttpClient();
            var runner = new HarvestRunner(warehouse, HarvestContext.ForRun(http, time, null), logging.CreateLogger<HarvestRunner>());
            foreach (var source in SourceRegistry.BuiltIn.Demo)
                await runner.RunAsync(source.Connector(), Path.Combine(options.SampleDirectory, source.Sample!), cancellationToken).ConfigureAwait(false);
            var workflow = new ClassifierWorkflow(logger, time);
            var models = new ModelRepository(Environment.GetEnvironmentVariable(ModelRepository.EnvironmentVariable) is { Length: > 0 } configured
                ? configured : Path.Combine(options.WorkDirectory, "models"));
            var (classifier, _) = await workflow.CurrentOrTrainAsync(models, warehouse, cancellationToken).ConfigureAwait(false);
            await workflow.ClassifyWarehouseAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false);
        }
        logger.LogInformation("{Store}: scaling to {Projects:N0} projects", warehouse.Store, options.Projects);
        var started = time.GetTimestamp();
        var progress = new Progress<long>(projects =>
            logger.LogInformation("{Store}: {Projects:N0} of {Target:N0} projects", warehouse.Store, projects, options.Projects));
        var scale = await KpiBenchmarkData.ScaleAsync(warehouse, options.Projects, progress, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("{Store}: {Projects:N0} projects ({Pm:N0} PM), {Participations:N0} participations, {Predictions:N0} predictions in {Seconds:F1} s",
            warehouse.Store, scale.Projects, scale.PmProjects, scale.Participations, scale.Predictions, time.GetElapsedTime(started).TotalSeconds);
        return scale;
    }
}
