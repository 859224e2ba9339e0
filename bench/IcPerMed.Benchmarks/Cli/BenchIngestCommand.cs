using System.CommandLine;
using System.Globalization;
using IcPerMed.Benchmarks.Ingest;
using IcPerMed.Jobs.Cli;
using Spectre.Console;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench ingest</c>: the CORDIS harvest into each store beside the store's own bulk CSV reader.</summary>
public static class BenchIngestCommand
{
    public static Command Create()
    {
        var rows = new Option<long>("--rows") { Description = "Rows of the scaled CORDIS project file.", DefaultValueFactory = _ => 1_000_000 };
        var postgres = new Option<string?>("--pg")
        {
            Description = "PostgreSQL server for the PostgreSQL phases (a new schema is used). Default: $ICPERMED_BENCH_PG; without it only DuckDB is measured.",
        };
        var work = new Option<string?>("--work") { Description = "Folder for the scaled file and databases (default: a new temp folder, removed after)." };
        var command = new Command("ingest",
            "Load a CORDIS project file scaled to --rows (resampled real rows, new ids) with icpermed's harvest and with each store's own " +
            "bulk CSV reader (DuckDB read_csv, PostgreSQL COPY) in the same run; print rows/s, the ratio to each baseline and peak memory.")
        { rows, postgres, work };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var folder = parseResult.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "icpermed-bench-" + Guid.NewGuid().ToString("N")[..8]);
            var server = parseResult.GetValue(postgres) ?? Environment.GetEnvironmentVariable("ICPERMED_BENCH_PG");
            var sample = Path.Combine(DemoCommand.SampleDirectory, "cordis", "project.csv.gz");
            try
            {
                var phases = await new IngestBenchmark(context.Logging, context.Time)
                    .RunAsync(sample, parseResult.GetValue(rows), folder, server, cancellationToken).ConfigureAwait(false);
                Write(phases);
            }
            finally
            {
                if (parseResult.GetValue(work) is null && Directory.Exists(folder))
                    Directory.Delete(folder, recursive: true);
            }
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static void Write(IReadOnlyList<IngestPhase> phases)
    {
        var table = new Table().AddColumns("store", "method", "rows", "seconds", "rows/s", "time vs baseline", "peak RSS MB", "RSS at start MB", "peak .NET heap MB");
        foreach (var phase in phases)
        {
            var baseline = phases.Single(p => p.Store == phase.Store && p.Method.EndsWith("(baseline)", StringComparison.Ordinal));
            table.AddRow(phase.Store, Markup.Escape(phase.Method), phase.Rows.ToString("N0", CultureInfo.InvariantCulture),
                phase.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
                phase.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                (phase.Elapsed / baseline.Elapsed).ToString("F2", CultureInfo.InvariantCulture) + "x",
                (phase.PeakMemoryBytes / 1_048_576).ToString(CultureInfo.InvariantCulture),
                (phase.BaselineMemoryBytes / 1_048_576).ToString(CultureInfo.InvariantCulture),
                (phase.PeakManagedBytes / 1_048_576).ToString(CultureInfo.InvariantCulture));
        }
        var console = CliConsole.ForOutput();
        console.Write(table);
    }
}
