using System.CommandLine;
using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Dashboards.Status;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Nfr;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary><c>icpermed harvest SOURCE [--from PATH|URL] [--format table|json]</c>.</summary>
public static class HarvestCommand
{
    /// <summary>The connectors by the name used on the command line.</summary>
    public static IReadOnlyList<(ISourceConnector Connector, string Description)> Connectors { get; } =
    [
        (new CordisConnector(),
            "CORDIS bulk export (H2020 / Horizon Europe edition: project, organization, topics, legalBasis, euroSciVoc as CSV, XLSX or zip; or the older single-file H2020 CSV)."),
        (new NfrConnector(),
            "Research Council of Norway: H2020 grants to Norwegian organisations (one row per participant; one project per CORDIS grant id)."),
    ];

    public static Command Create()
    {
        var harvest = new Command("harvest", "Read a source into the warehouse; re-reading unchanged data changes nothing.");
        foreach (var (connector, description) in Connectors)
            harvest.Subcommands.Add(CreateFor(connector, description));
        harvest.Subcommands.Add(HarvestNihCommand.Create());
        harvest.Subcommands.Add(HarvestThreeSixtyGivingCommand.Create());
        harvest.Subcommands.Add(HarvestProgrammesCommand.Create());
        harvest.Subcommands.Add(HarvestGtrCommand.Create());
        return harvest;
    }

    /// <summary>The <c>harvest SOURCE</c> command of one connector; <paramref name="fromHelp"/> replaces the generic --from help.</summary>
    internal static Command CreateFor(ISourceConnector connector, string description, string? fromHelp = null)
    {
        var from = new Option<string?>("--from")
        {
            Description = $"{fromHelp ?? "A file, folder, zip or http(s) URL to read."} Default: {connector.DefaultLocation}",
        };
        var command = new Command(connector.Source, description) { from, Full, StateDirectory, GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult,
            context => HarvestAndReportAsync(parseResult, context, connector, parseResult.GetValue(from), cancellationToken), cancellationToken));
        return command;
    }

    /// <summary>
    /// The body of every <c>harvest SOURCE</c> command: runs <paramref name="connector"/> with the shared options
    /// (--full, --state-dir, --format) and prints the source's status with the run's summary.
    /// </summary>
    internal static async Task<int> HarvestAndReportAsync(ParseResult parseResult, CommandContext context, ISourceConnector connector,
        string? from, CancellationToken cancellationToken)
    {
        var format = parseResult.GetValue(GlobalOptions.Format);
        await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
        var summary = await HarvestAsync(context, warehouse, connector, from, format, cancellationToken,
            harvest => harvest with { FullRead = parseResult.GetValue(Full), StateDirectory = parseResult.GetValue(StateDirectory) }).ConfigureAwait(false);
        var statuses = await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false);
        if (format == OutputFormat.Json)
            Console.WriteLine(SourceStatusDocument.ToJson(SourceStatusDocument.Build(statuses.Where(s => s.Source == connector.Source), summary)));
        else
            StatusTable.Write(statuses.Where(s => s.Source == connector.Source), warehouse.Location, summary);
        return CommandRunner.Ok;
    }

    /// <summary><c>--full</c>: read everything even where the source can give changes only.</summary>
    public static Option<bool> Full { get; } = new("--full")
    {
        Description = "Read everything, not only what changed since the last good run (where the source can tell).",
    };

    /// <summary><c>--state-dir</c>: where page checkpoints of API harvests are kept.</summary>
    public static Option<string> StateDirectory { get; } = new("--state-dir")
    {
        Description = "Folder for page checkpoints, so a killed or failed harvest resumes where it stopped (ICPERMED_STATE_DIR).",
        DefaultValueFactory = _ => DefaultStateDirectory,
    };

    /// <summary>ICPERMED_STATE_DIR, or data/harvest-state: where page checkpoints live unless --state-dir says otherwise.</summary>
    public static string DefaultStateDirectory =>
        Environment.GetEnvironmentVariable("ICPERMED_STATE_DIR") is { Length: > 0 } dir ? dir : Path.Combine("data", "harvest-state");

    /// <summary>Runs one connector with progress shown; shared by <c>harvest</c> and <c>demo</c>.</summary>
    public static async Task<HarvestSummary> HarvestAsync(CommandContext context, Analytics.Warehouse.Warehouse warehouse,
        ISourceConnector connector, string? from, OutputFormat format, CancellationToken cancellationToken,
        Func<HarvestContext, HarvestContext>? adjust = null)
    {
        var logger = context.Logging.CreateLogger<HarvestRunner>();
        using var http = SourceHttpClient.Create();
        var converter = EurConverter.LoadBundled();
        var interactive = format == OutputFormat.Table && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return await HarvestProgressDisplay.RunAsync(interactive, logger, context.Time, progress =>
        {
            var harvestContext = new HarvestContext { Converter = converter, Http = http, Time = context.Time, Progress = progress };
            harvestContext = adjust?.Invoke(harvestContext) ?? harvestContext;
            return new HarvestRunner(warehouse, harvestContext, logger).RunAsync(connector, from, cancellationToken);
        }).ConfigureAwait(false);
    }
}
