using System.Diagnostics;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Benchmarks.Ingest;

/// <summary>One measured phase of the ingest benchmark.</summary>
public sealed record IngestPhase(string Store, string Method, long Rows, TimeSpan Elapsed, long PeakMemoryBytes, long BaselineMemoryBytes,
    long PeakManagedBytes)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}

/// <summary>
/// <c>icpermed bench ingest</c>: our CORDIS harvest (parse, validate, hash, convert, stage, merge) against each store's
/// own bulk CSV reader on the same file, in the same run.
/// </summary>
public sealed class IngestBenchmark(ILoggerFactory logging, TimeProvider time)
{
    private readonly ILogger logger = logging.CreateLogger<IngestBenchmark>();

    public async Task<IngestFigures> RunAsync(string sampleProjectFile, long rows, string workDirectory,
        string? postgres, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        var loadBefore = IngestFigures.CurrentLoadAverage();
        var csv = Path.Combine(workDirectory, $"project-{rows}.csv");
        logger.LogInformation("Writing {Rows} resampled CORDIS project rows to {File}", rows, csv);
        var bytes = await ScaledCordisFile.WriteAsync(sampleProjectFile, csv, rows, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Wrote {Bytes} bytes", bytes);

        var phases = new List<IngestPhase>
        {
            await MeasureAsync("duckdb", "icpermed harvest cordis", () => HarvestAsync(NewDuckDbFile(workDirectory), csv, cancellationToken)).ConfigureAwait(false),
            await MeasureAsync("duckdb", "DuckDB read_csv (baseline)", () => NativeCsvLoad.DuckDbReadCsvAsync(NewDuckDbFile(workDirectory), csv, cancellationToken)).ConfigureAwait(false),
        };
        // A million rows leave a gigabyte per database: they are not kept, even in a --work folder.
        foreach (var database in Directory.EnumerateFiles(workDirectory, "bench-*.duckdb*"))
            File.Delete(database);
        if (postgres is not null)
        {
            var schema = await NativeCsvLoad.NewPostgresSchemaAsync(postgres, cancellationToken).ConfigureAwait(false);
            // As the DuckDB files: a million rows are a gigabyte on the user's server, and no later run reads them.
            try
            {
                phases.Add(await MeasureAsync("postgresql", "icpermed harvest cordis", () => HarvestAsync(schema, csv, cancellationToken)).ConfigureAwait(false));
            }
            catch
            {
                await DropAfterFailureAsync(schema).ConfigureAwait(false);
                throw;
            }
            await NativeCsvLoad.DropPostgresSchemaAsync(schema, CancellationToken.None).ConfigureAwait(false);
            phases.Add(await MeasureAsync("postgresql", "PostgreSQL COPY (baseline)", () => NativeCsvLoad.PostgresCopyAsync(postgres, csv, cancellationToken)).ConfigureAwait(false));
        }
        File.Delete(csv);
        return IngestFigures.Of(rows, bytes, loadBefore, IngestFigures.CurrentLoadAverage(), phases);
    }

    // The harvest's own error is what the user must read: a drop that fails too is logged with the schema to drop by hand.
    private async Task DropAfterFailureAsync(string schema)
    {
        try
        {
            await NativeCsvLoad.DropPostgresSchemaAsync(schema, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Npgsql.NpgsqlException error)
        {
            logger.LogWarning(error, "The failed harvest's schema could not be dropped; drop it by hand: {Schema}",
                new Npgsql.NpgsqlConnectionStringBuilder(schema).SearchPath);
        }
    }

    private async Task<IngestPhase> MeasureAsync(string store, string method, Func<Task<long>> load)
    {
        logger.LogInformation("Measuring {Method} on {Store}", method, store);
        await using var memory = new PeakMemorySampler();
        var stopwatch = Stopwatch.StartNew();
        var loaded = await load().ConfigureAwait(false);
        stopwatch.Stop();
        var phase = new IngestPhase(store, method, loaded, stopwatch.Elapsed, memory.Peak, memory.Baseline, memory.PeakManaged);
        logger.LogInformation("{Method} on {Store}: {Rows} rows in {Seconds:F1} s, peak RSS {PeakMb} MB, peak managed heap {ManagedMb} MB",
            method, store, loaded, stopwatch.Elapsed.TotalSeconds, phase.PeakMemoryBytes / 1_048_576, phase.PeakManagedBytes / 1_048_576);
        return phase;
    }

    private async Task<long> HarvestAsync(string location, string csv, CancellationToken cancellationToken)
    {
        await using var warehouse = await Warehouse.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient();
        var summary = await new HarvestRunner(warehouse, HarvestContext.ForRun(http, time, null), logging.CreateLogger<HarvestRunner>())
            .RunAsync(new CordisConnector(), csv, cancellationToken).ConfigureAwait(false);
        return summary.Projects;
    }

    private static string NewDuckDbFile(string workDirectory) =>
        Path.Combine(workDirectory, $"bench-{Guid.NewGuid():N}.duckdb");
}
