using System.CommandLine;
using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Dashboards.Status;
using IcPerMed.Ingestion;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed harvest SOURCE [--from PATH|URL] [source options] [--full] [--state-dir DIR] [--format table|json]</c>:
/// one subcommand per <see cref="SourceRegistration"/>, with the options the source registered.
/// </summary>
public static class HarvestCommand
{
    /// <summary>The <c>harvest</c> command over <paramref name="sources"/> (default: <see cref="SourceRegistry.BuiltIn"/>).</summary>
    public static Command Create(SourceRegistry? sources = null)
    {
        var harvest = new Command("harvest", "Read a source into the warehouse; re-reading unchanged data changes nothing.");
        foreach (var source in (sources ?? SourceRegistry.BuiltIn).All)
            harvest.Subcommands.Add(CreateFor(source));
        return harvest;
    }

    /// <summary>The <c>harvest SOURCE</c> command of one source: --from, the source's own options, then the shared ones.</summary>
    internal static Command CreateFor(SourceRegistration source)
    {
        var from = new Option<string?>("--from") { Description = $"{source.FromHelp} Default: {source.Connector().DefaultLocation}" };
        var command = new Command(source.Name, source.Description) { from };
        foreach (var option in source.Options)
            command.Options.Add(option);
        command.Options.Add(Full);
        command.Options.Add(StateDirectory);
        command.Options.Add(GlobalOptions.Format);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult,
            context => HarvestAndReportAsync(parseResult, context, source.ConnectorFor(parseResult), parseResult.GetValue(from), cancellationToken),
            cancellationToken));
        return command;
    }

    /// <summary>Runs <paramref name="connector"/> with the shared options and prints the source's status with the run's summary.</summary>
    private static async Task<int> HarvestAndReportAsync(ParseResult parseResult, CommandContext context, ISourceConnector connector,
        string? from, CancellationToken cancellationToken)
    {
        var format = parseResult.GetValue(GlobalOptions.Format);
        await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
        var summary = await TerminalProgress.ShowAsync(TerminalProgress.Console(context), bars => HarvestAsync(context, warehouse, connector,
            from, bars, cancellationToken, parseResult.GetValue(StateDirectory) ?? context.Options<IngestionOptions>().StateDirectory,
            parseResult.GetValue(Full))).ConfigureAwait(false);
        var statuses = (await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Source == connector.Source);
        if (format == OutputFormat.Json)
            Console.WriteLine(SourceStatusDocument.ToJson(SourceStatusDocument.Build(statuses, summary)));
        else
            StatusTable.Write(statuses, warehouse.Location, summary);
        return CommandRunner.Ok;
    }

    /// <summary><c>--full</c>: read everything even where the source can give changes only.</summary>
    public static Option<bool> Full { get; } = new("--full")
    {
        Description = "Read everything, not only what changed since the last good run (where the source can tell).",
    };

    /// <summary><c>--state-dir</c>: where page checkpoints of API harvests are kept.</summary>
    public static Option<string?> StateDirectory { get; } = new("--state-dir")
    {
        Description = "Folder for page checkpoints, so a killed or failed harvest resumes where it stopped. Default: the " +
            $"setting {IngestionOptions.Section}:{nameof(IngestionOptions.StateDirectory)} (or $ICPERMED_STATE_DIR), then data/harvest-state.",
    };

    /// <summary>
    /// Runs one connector, its progress on <paramref name="bars"/> (a terminal) or in the logs (null); shared by
    /// <c>harvest</c> and <c>demo</c>.
    /// </summary>
    public static async Task<HarvestSummary> HarvestAsync(CommandContext context, Analytics.Warehouse.Warehouse warehouse,
        ISourceConnector connector, string? from, ProgressBars? bars, CancellationToken cancellationToken,
        string? stateDirectory = null, bool fullRead = false, string? recordedAs = null)
    {
        var logger = context.Logging.CreateLogger<HarvestRunner>();
        using var http = SourceHttpClient.Create();
        var progress = HarvestProgressDisplay.For(bars, connector.Source, logger, context.Time);
        var harvestContext = HarvestContext.ForRun(http, context.Time, stateDirectory, progress) with { FullRead = fullRead };
        return await new HarvestRunner(warehouse, harvestContext, logger).RunAsync(connector, from, cancellationToken, recordedAs).ConfigureAwait(false);
    }
}
