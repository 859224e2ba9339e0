using System.CommandLine;
using IcPerMed.Analytics.Model;
using IcPerMed.Benchmarks.Kpis;
using IcPerMed.Jobs.Cli;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench kpis</c>: every KPI and the gap matrix on scaled warehouses, beside the same SQL run directly.</summary>
public static class BenchKpisCommand
{
    public static Command Create()
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
        { projects, postgres, work, repeat, quarter, keep, GlobalOptions.Format };
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
                if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                    Console.WriteLine("[" + string.Join(",\n", figures.Select(f => f.ToJson())) + "]");
                else
                {
                    var console = CliConsole.ForOutput();
                    foreach (var store in figures)
                        console.Write(store.ToTable());
                }
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
