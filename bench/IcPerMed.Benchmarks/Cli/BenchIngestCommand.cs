using System.CommandLine;
using IcPerMed.Benchmarks.Ingest;
using IcPerMed.Jobs.Cli;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench ingest</c>: the CORDIS harvest into each store beside the store's own bulk CSV reader.</summary>
public static class BenchIngestCommand
{
    public static Command Create()
    {
        var rows = new Option<long>("--rows") { Description = "Rows of the scaled CORDIS project file.", DefaultValueFactory = _ => 1_000_000 };
        var postgres = new Option<string?>("--pg")
        {
            Description = "PostgreSQL server for the PostgreSQL phases (each in a new schema, dropped after the run). Default: $ICPERMED_BENCH_PG; without it (or with an empty value) only DuckDB is measured.",
        };
        var work = new Option<string?>("--work") { Description = "Folder for the scaled file and databases (default: a new temp folder, removed after)." };
        var command = new Command("ingest",
            "Load a CORDIS project file scaled to --rows (resampled real rows, new ids) with icpermed's harvest and with each store's own " +
            "bulk CSV reader (DuckDB read_csv, PostgreSQL COPY) in the same run; print rows/s, the ratio to each baseline, peak RSS and peak .NET heap, " +
            "and the load average before and after (--format json for a machine-readable record).")
        { rows, postgres, work, GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var folder = parseResult.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "icpermed-bench-" + Guid.NewGuid().ToString("N")[..8]);
            var server = parseResult.GetValue(postgres) ?? Environment.GetEnvironmentVariable("ICPERMED_BENCH_PG");
            if (string.IsNullOrWhiteSpace(server))
                server = null;
            var sample = Path.Combine(DemoCommand.SampleDirectory, "cordis", "project.csv.gz");
            try
            {
                var figures = await new IngestBenchmark(context.Logging, context.Time)
                    .RunAsync(sample, parseResult.GetValue(rows), folder, server, cancellationToken).ConfigureAwait(false);
                if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                    Console.WriteLine(figures.ToJson());
                else
                    CliConsole.ForOutput().Write(figures.ToTable());
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
}
