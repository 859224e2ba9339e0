using System.CommandLine;

namespace IcPerMed.Jobs.Cli;

/// <summary>What every "behind" subcommand (kpis, gaps, trends) takes besides its key: quarter, limit, format, filters.</summary>
public sealed class DrillDownOptions
{
    public Option<string?> Quarter { get; } = KpiOptions.QuarterOption();

    public Option<int> Limit { get; } = new Option<int>("--limit") { Description = "At most this many projects, largest grant first.", DefaultValueFactory = _ => 50 }.AtLeast(1);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Quarter);
        command.Options.Add(Limit);
        command.Options.Add(GlobalOptions.Format);
        KpiOptions.AddFilters(command);
    }
}
