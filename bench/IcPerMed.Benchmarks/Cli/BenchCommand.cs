using System.CommandLine;
using System.Globalization;
using IcPerMed.Analytics.Model;
using IcPerMed.Benchmarks.Classify;
using IcPerMed.Benchmarks.Ingest;
using IcPerMed.Benchmarks.Kpis;
using IcPerMed.Jobs.Cli;
using Spectre.Console;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench ingest|classify|languages|kpis|web</c>: measurements recorded in docs/benchmarks.md (not tests).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks whose figures are recorded in docs/benchmarks.md.");
        bench.Subcommands.Add(CreateIngest());
        bench.Subcommands.Add(CreateClassify());
        bench.Subcommands.Add(BenchLanguagesCommand.Create());
        bench.Subcommands.Add(CreateKpis());
        bench.Subcommands.Add(BenchWebCommand.Create());
        return bench;
    }

    private static Command CreateKpis()
    {
        var projects = new Option<long>("--projects") { Description = "Projects in each scaled warehouse (the real sample resampled).", DefaultValueFactory = _ => 1_000_000 };
        var postgres = new Option<string?>("--pg")
        {
            Description = "PostgreSQL server for the PostgreSQL store (schema bench_kpis_<projects>). Default: $ICPERMED_BENCH_PG; without it only DuckDB is measured.",
        };
        var work = new Option<string?>("--work") { Description = "Folder for the DuckDB warehouse and the model (default: a new temp folder, removed after)." };
        var repeat = new Option<int>("--repeat") { Description = "Measured runs of each way after the warm-up; the table shows medians.", DefaultValueFactory = _ => 5 };
        var quarter = new Option<string>("--quarter") { Description = "The quarter the KPIs are computed for.", DefaultValueFactory = _ => "2026Q3" };
        var keep = new Option<bool>("--keep") { Description = "Keep the scaled warehouses (the DuckDB file in --work, the PostgreSQL schema); a later run reuses them." };
        var command = new Command("kpis",
            "Time every KPI and the challenge x country gap matrix on warehouses of --projects projects (the bundled real sample harvested, " +
            "classified and resampled in SQL), per store, beside the same SQL run directly on the store; print medians, the ratio and peak memory.")
        { projects, postgres, work, repeat, quarter, keep };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            if (!Quarter.TryParse(parseResult.GetValue(quarter), out var kpiQuarter))
                return CommandRunner.Usage($"--quarter '{parseResult.GetValue(quarter)}' is not a quarter such as 2026Q3");
            if (parseResult.GetValue(repeat) < 1 || parseResult.GetValue(projects) < 1)
                return CommandRunner.Usage("--repeat and --projects must be at least 1");
            var folder = parseResult.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "icpermed-bench-" + Guid.NewGuid().ToString("N")[..8]);
            var options = new KpiBenchmarkOptions(parseResult.GetValue(projects), parseResult.GetValue(repeat), kpiQuarter, folder,
                parseResult.GetValue(postgres) ?? Environment.GetEnvironmentVariable("ICPERMED_BENCH_PG"), parseResult.GetValue(keep),
                DemoCommand.SampleDirectory);
            try
            {
                var figures = await new KpiBenchmarkRun(context.Logging, context.Time).RunAsync(options, cancellationToken).ConfigureAwait(false);
                var console = CliConsole.ForOutput();
                foreach (var store in figures)
                    console.Write(store.ToTable());
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

    private static Command CreateClassify()
    {
        var rows = new Option<int>("--rows") { Description = "Abstracts resampled from the labelled ones for the training and prediction timings.", DefaultValueFactory = _ => 50_000 };
        var work = new Option<string>("--work") { Description = "Folder for the folds file (for the scikit-learn baseline).", DefaultValueFactory = _ => "artifacts/bench" };
        var command = new Command("classify",
            "Cross-validated quality per label on the bundled labels (folds written for scripts/bench/sklearn_baseline.py), " +
            "training seconds on --rows resampled abstracts, predictions per second and peak memory.")
        { rows, work };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var result = await new ClassifierBenchmark(context.Logging.CreateLogger("bench"), context.Time)
                .RunAsync(parseResult.GetValue(rows), parseResult.GetValue(work)!, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(result.CrossValidation.ToTable());
            Console.WriteLine(FormattableString.Invariant(
                $"""

                train, {result.CrossValidation.Rows:N0} labelled rows (4 candidates, 5-fold CV twice, final): {result.TrainSecondsAllRows:F1} s
                train, {result.ResampledRows:N0} resampled rows (chosen candidate, 5-fold CV twice, final): {result.TrainSecondsResampledWithCrossValidation:F1} s, of which final models {result.FinalModelSecondsResampled:F1} s
                predictions per second ({result.ResampledRows:N0} texts, top terms included): {result.PredictionsPerSecond:N0}
                the same model without its pm twin (baseline, same run): {result.PredictionsPerSecondWithoutTwin:N0}; with the twin {result.PredictionsPerSecond / result.PredictionsPerSecondWithoutTwin:F2} x as fast
                peak RSS {result.PeakRssBytes / 1_048_576} MB, peak .NET heap {result.PeakManagedBytes / 1_048_576} MB
                folds for the baseline: {result.FoldsFile}
                """));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateIngest()
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
