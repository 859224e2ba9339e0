using System.CommandLine;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench ingest|classify|languages|kpis|web</c>: measurements recorded in docs/benchmarks.md (not tests).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks whose figures are recorded in docs/benchmarks.md.");
        bench.Subcommands.Add(BenchIngestCommand.Create());
        bench.Subcommands.Add(BenchClassifyCommand.Create());
        bench.Subcommands.Add(BenchLanguagesCommand.Create());
        bench.Subcommands.Add(BenchKpisCommand.Create());
        bench.Subcommands.Add(BenchWebCommand.Create());
        return bench;
    }
}
