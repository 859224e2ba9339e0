using System.CommandLine;
using System.CommandLine.Help;
using IcPerMed.Jobs.Cli;

namespace IcPerMed.Benchmarks.Cli;

/// <summary>
/// The root this program parses: named <c>icpermed</c>, with icpermed's global options and only the <c>bench</c>
/// command, so <c>./icpermed bench kpis --help</c> reads as before the benchmarks left the product.
/// </summary>
public static class BenchRootCommand
{
    public static Command Create()
    {
        var root = new Command("icpermed", "icpermed bench: the benchmarks whose figures are recorded in docs/benchmarks.md.")
        {
            new HelpOption(),
            GlobalOptions.Db,
            GlobalOptions.Verbose,
        };
        root.Subcommands.Add(BenchCommand.Create());
        return root;
    }
}
