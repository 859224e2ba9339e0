using System.CommandLine;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Reports;
using IcPerMed.Jobs.Kpis;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed report [--quarter Q] [--out DIR]</c>: the Executive Committee's quarterly HTML report from the quarter's
/// newest snapshot (taken first when there is none), compared with the previous quarter's newest snapshot.
/// </summary>
public static class ReportCommand
{
    /// <summary>Where reports go when --out is not given.</summary>
    public const string DefaultDirectory = "reports";

    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var output = new Option<string>("--out")
        {
            Description = $"The folder the report is written to, as icpermed-report-<quarter>.html. Default: {DefaultDirectory}.",
            DefaultValueFactory = _ => DefaultDirectory,
        };
        var command = new Command("report",
            "Write the quarterly report for the ICPerMed Executive Committee: one self-contained HTML file (headline KPIs with " +
            "deltas, gaps, trends with forecast, what changed since the previous quarter, data coverage and freshness) that " +
            "prints to A4. Uses the quarter's newest snapshot, taking one first when there is none.")
        { quarter, output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var path = await WriteAsync(warehouse, at, parseResult.GetValue(output)!, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(path);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Writes the report of <paramref name="quarter"/>, saying on standard error what it rests on; returns its path.</summary>
    public static async Task<string> WriteAsync(Warehouse warehouse, Quarter quarter, string directory, CancellationToken cancellationToken)
    {
        var snapshot = await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            snapshot = await warehouse.TakeSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"no snapshot of {quarter} yet: took snapshot {snapshot.Id}").ConfigureAwait(false);
        }
        var previous = await warehouse.GetLatestSnapshotAsync(quarter.Previous, cancellationToken).ConfigureAwait(false);
        var yearBefore = await warehouse.GetLatestSnapshotAsync(quarter.SameQuarterLastYear, cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync(previous is null
            ? $"report of {quarter} from snapshot {snapshot.Id}; no snapshot of {quarter.Previous} to compare with"
            : $"report of {quarter} from snapshot {snapshot.Id}, compared with snapshot {previous.Id} of {quarter.Previous}").ConfigureAwait(false);
        var sources = await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false);
        var corrections = await warehouse.GetCorrectionsSinceAsync(snapshot.TakenAt, 50, cancellationToken).ConfigureAwait(false);
        return await QuarterlyReport.WriteAsync(directory, snapshot, previous, sources, yearBefore, corrections, cancellationToken).ConfigureAwait(false);
    }
}
