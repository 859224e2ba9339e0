using System.CommandLine;
using IcPerMed.Analytics.Status;
using IcPerMed.Dashboards.Status;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Serve;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed status [--format table|json]</c>: per registered source (and any other stored one), what is stored and
/// how the last run went; a source never harvested shows zeros and no run. Runs whose process died are marked failed
/// (interrupted) first.
/// </summary>
public static class StatusCommand
{
    public static Command Create(SourceRegistry? sources = null)
    {
        var command = new Command("status", "Per source: projects, organisations, participations, quarantined records and the last run.")
        {
            GlobalOptions.Format,
        };
        var catalogue = RegisteredSources.Catalogue(sources ?? SourceRegistry.BuiltIn);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            // A run whose process died (kill -9) would otherwise say "running" for ever.
            await warehouse.MarkInterruptedRunsAsync(cancellationToken).ConfigureAwait(false);
            var statuses = catalogue.Complete(await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false));
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Console.WriteLine(SourceStatusDocument.ToJson(SourceStatusDocument.Build(statuses)));
            else
                StatusTable.Write(statuses, warehouse.Location);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
