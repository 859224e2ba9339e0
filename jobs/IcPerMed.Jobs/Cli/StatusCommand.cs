using System.CommandLine;
using IcPerMed.Analytics.Status;
using IcPerMed.Dashboards.Status;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed status [--format table|json]</c>: per source, what is stored and how the last run went. Runs whose process
/// died are marked failed (interrupted) first.
/// </summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Per source: projects, organisations, participations, quarantined records and the last run.")
        {
            GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            // A run whose process died (kill -9) would otherwise say "running" for ever.
            await warehouse.MarkInterruptedRunsAsync(cancellationToken).ConfigureAwait(false);
            var statuses = await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Console.WriteLine(SourceStatusDocument.ToJson(SourceStatusDocument.Build(statuses)));
            else
                StatusTable.Write(statuses, warehouse.Location);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
