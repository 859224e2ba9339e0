using System.CommandLine;
using IcPerMed.Dashboards.Status;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed reconcile [--source S] [--run N] [--format table|json]</c>: per source and harvest run, rows and money
/// read against stored plus quarantined; exits 1 when a difference is not explained by a quarantined record.
/// </summary>
public static class ReconcileCommand
{
    private static readonly Option<string?> Source = new("--source") { Description = "Only this source (default: every source's newest succeeded run)." };
    private static readonly Option<long?> Run = new Option<long?>("--run") { Description = "This harvest run (an id from status or the Sources page)." }.AtLeast(1);

    public static Command Create()
    {
        var command = new Command("reconcile",
            "Per source and harvest run: rows read, stored and quarantined (by field), and money read vs stored in the original " +
            "currency. Exits 1 when a difference is not explained by a quarantined record.")
        {
            Source, Run, GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var runs = await warehouse.GetReconciliationAsync(parseResult.GetValue(Source), parseResult.GetValue(Run), cancellationToken)
                .ConfigureAwait(false);
            if (runs.Count == 0)
                throw new UsageException(parseResult.GetValue(Run) is { } id ? $"there is no harvest run {id}" : "no harvest has succeeded yet: nothing to reconcile");
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Console.WriteLine(ReconciliationDocument.Build(runs).ToJsonString(new() { WriteIndented = true }));
            else
                ReconcileTable.Write(runs);
            return runs.All(r => r.Reconciles) ? CommandRunner.Ok : CommandRunner.Failed;
        }, cancellationToken));
        return command;
    }
}
