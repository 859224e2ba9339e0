using System.CommandLine;
using System.Globalization;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Jobs.Kpis;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed snapshot [--quarter Q]</c> freezes a quarter's KPIs, gaps and trends (reconstructing the previous
/// quarter's first when it has none, so there is always a snapshot to compare with); <c>snapshot list</c> lists them;
/// <c>snapshot compare A B</c> says what changed between two (an id, or a quarter for its newest snapshot).
/// </summary>
public static class SnapshotCommand
{
    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var command = new Command("snapshot",
            "Freeze the KPI values, gap matrices and trends of a quarter with the harvest time of each source, the model " +
            "version, the exchange-rate table version and the label-scheme version; say what changed since the previous quarter's snapshot. " +
            "When the previous quarter has no snapshot, it is taken first as the data stood at that quarter's end (projects started by then).")
        { quarter, GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var retaken = await warehouse.GetLatestSnapshotAsync(at, cancellationToken).ConfigureAwait(false);
            var taken = await warehouse.TakeSnapshotWithPreviousAsync(at, cancellationToken).ConfigureAwait(false);
            var snapshot = taken.Snapshot;
            var sameQuarter = retaken is null ? null : SnapshotComparison.Compare(retaken, snapshot);
            var changes = SnapshotChanges.Between(taken.Previous, snapshot);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Console.WriteLine(SnapshotJson.Write(new
                {
                    snapshot.Id, quarter = snapshot.Quarter.ToString(), snapshot.TakenAt, snapshot.ContentHash, snapshot.Provenance,
                    previous_quarter = new { taken.Previous.Id, quarter = taken.Previous.Quarter.ToString(), reconstructed = taken.PreviousReconstructed, as_of = taken.Previous.Provenance.AsOf },
                    previous = retaken?.Id, changes = sameQuarter, summary = changes.Summary, movers = changes.Movers,
                }));
                return CommandRunner.Ok;
            }
            if (taken.PreviousReconstructed)
                Console.WriteLine($"No snapshot of {taken.Previous.Quarter} yet: took one as the data stood at the quarter's end, {taken.Previous.Quarter} " +
                    $"({taken.Previous.Label()}): projects started by then, with the records and classification as stored now.");
            var console = CliConsole.ForOutput();
            console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"{snapshot.Quarter} ({snapshot.Label()}), taken {snapshot.TakenAt:yyyy-MM-dd HH:mm:ss}Z, sha256 {snapshot.ContentHash[..16]}…; ") +
                $"model {snapshot.Provenance.ModelVersion ?? "none"}, rates {snapshot.Provenance.ExchangeRates}, labels {snapshot.Provenance.LabelScheme}"));
            foreach (var harvest in snapshot.Provenance.Harvests)
                console.MarkupLine(Markup.Escape(FormattableString.Invariant($"  {harvest.Source}: harvest run {harvest.RunId} finished {harvest.FinishedAt:yyyy-MM-dd HH:mm:ss}Z")));
            if (retaken is not null)
                console.MarkupLine(Markup.Escape(sameQuarter!.Count == 0
                    ? $"identical to {at}'s {retaken.Label()} (same hash): nothing changed"
                    : $"{sameQuarter.Count} change(s) since {at}'s {retaken.Label()}; icpermed snapshot compare {retaken.Id} {snapshot.Id} --detail lists them"));
            SnapshotChangeList.WriteSentences(changes, 5);
            return CommandRunner.Ok;
        }, cancellationToken));
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateCompare());
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "Every snapshot: id, quarter, when it was taken, model and hash.") { GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var snapshots = await warehouse.ListSnapshotsAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Console.WriteLine(SnapshotJson.Write(snapshots));
                return CommandRunner.Ok;
            }
            var table = new Table().AddColumns("id", "quarter", "data as of", "taken (UTC)", "model", "sha256");
            foreach (var s in snapshots)
                table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), s.Quarter.ToString(),
                    s.AsOf is { } asOf ? $"{SnapshotLabel.Day(asOf)} (reconstructed)" : "when taken",
                    s.TakenAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(s.ModelVersion ?? "-"), s.ContentHash[..16] + "…");
            CliConsole.ForOutput().Write(table);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateCompare()
    {
        var before = new Argument<string>("before") { Description = "The earlier snapshot: its id, or a quarter (2026Q2) for that quarter's newest." };
        var after = new Argument<string>("after") { Description = "The later snapshot, the same way." };
        var format = KpiOptions.Format();
        var detail = new Option<bool>("--detail") { Description = "List every KPI row and gap cell that differs (and the provenance) instead of the moves in PM funding." };
        var command = new Command("compare",
            "What changed between two snapshots: PM funding overall, the moves in EUR by challenge, country and funder (largest first, each once), " +
            "and what the numbers rest on.") { before, after, format, detail };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var first = await FindAsync(warehouse, parseResult.GetValue(before)!, cancellationToken).ConfigureAwait(false);
            var second = await FindAsync(warehouse, parseResult.GetValue(after)!, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(detail))
                SnapshotChangeList.WriteDetail(first, second, SnapshotComparison.Compare(first, second), parseResult.GetValue(format));
            else
                await SnapshotChangeList.WriteAsync(SnapshotChanges.Between(first, second), parseResult.GetValue(format), cancellationToken).ConfigureAwait(false);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static async Task<KpiSnapshot> FindAsync(Warehouse warehouse, string text, CancellationToken cancellationToken)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return await warehouse.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new KeyNotFoundException($"no snapshot {id}");
        if (!Analytics.Model.Quarter.TryParse(text, out var quarter))
            throw new UsageException($"'{text}' is neither a snapshot id nor a quarter such as 2026Q3");
        return await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"no snapshot of {quarter}; take one with icpermed snapshot --quarter {quarter}");
    }
}
