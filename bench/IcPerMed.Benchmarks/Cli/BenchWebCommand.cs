using System.CommandLine;
using IcPerMed.Benchmarks.Web;
using IcPerMed.Jobs.Cli;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench web</c>: page and API latency of the real dashboard under concurrent signed-in clients.</summary>
public static class BenchWebCommand
{
    public static Command Create()
    {
        var projects = new Option<long>("--projects") { Description = "Projects in the scaled warehouse (the real sample resampled, as bench kpis does).", DefaultValueFactory = _ => 1_000_000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent signed-in clients, each with its own cookie.", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "Length of the measured window per route (after a warm-up of a quarter of it, at least 2 s).", DefaultValueFactory = _ => 20 };
        var postgres = new Option<string?>("--pg") { Description = "Measure on this PostgreSQL server (schema bench_web_<projects>) instead of DuckDB. Default: $ICPERMED_BENCH_PG." };
        var work = new Option<string?>("--work") { Description = "Folder for the DuckDB warehouse and the model (default: a new temp folder, removed after)." };
        var firstVisits = new Option<int>("--first-visits") { Description = "New dashboards per kind for the first visitor after a start: figures computed on request (the baseline) and at start (Dashboard:WarmLiveFigures); 0 skips it.", DefaultValueFactory = _ => 3 };
        var idleSamples = new Option<int>("--idle-samples") { Description = "DuckDB: requests per route after the dashboard let go of the file (each waits out the idle hold, about 1.5 s).", DefaultValueFactory = _ => 10 };
        var keep = new Option<bool>("--keep") { Description = "Keep the scaled warehouse (the DuckDB file in --work, the PostgreSQL schema); a later run reuses it." };
        var command = new Command("web",
            "Serve the dashboard over a warehouse of --projects projects with a snapshot of the last completed quarter, have --clients signed-in " +
            "clients request one route at a time (Overview, Gaps, /api/kpis, /api/gaps, project pages) in a loop for --seconds each, and print per route the median, " +
            "p95, p99 and max latency and the throughput, beside the style sheet (the server's floor under the same load).")
        { projects, clients, seconds, postgres, work, keep, idleSamples, firstVisits, GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            if (parseResult.GetValue(projects) < 1 || parseResult.GetValue(clients) < 1 || parseResult.GetValue(seconds) < 1 || parseResult.GetValue(idleSamples) < 1)
                return CommandRunner.Usage("--projects, --clients, --seconds and --idle-samples must be at least 1");
            if (parseResult.GetValue(firstVisits) < 0)
                return CommandRunner.Usage("--first-visits must be 0 or more");
            var folder = parseResult.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "icpermed-bench-" + Guid.NewGuid().ToString("N")[..8]);
            var window = TimeSpan.FromSeconds(parseResult.GetValue(seconds));
            var options = new WebBenchmarkOptions(parseResult.GetValue(projects), parseResult.GetValue(clients), window,
                TimeSpan.FromSeconds(Math.Max(2, window.TotalSeconds / 4)), folder,
                parseResult.GetValue(postgres) ?? Environment.GetEnvironmentVariable("ICPERMED_BENCH_PG"), parseResult.GetValue(keep),
                DemoCommand.SampleDirectory) { IdleSamples = parseResult.GetValue(idleSamples), FirstVisits = parseResult.GetValue(firstVisits) };
            try
            {
                var figures = await new WebBenchmarkRun(context.Logging, context.Time).RunAsync(options, cancellationToken).ConfigureAwait(false);
                if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                    Console.WriteLine(figures.ToJson());
                else
                {
                    CliConsole.ForOutput().Write(figures.ToTable());
                    if (figures.ToIdleTable() is { } idle) CliConsole.ForOutput().Write(idle);
                    if (figures.ToFirstVisitTable() is { } first) CliConsole.ForOutput().Write(first);
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
