using System.CommandLine;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed gaps [--by country|funder] [--quarter Q] [--format table|json|csv] [filters]</c>: the challenge x country
/// (or funder) matrix, its empty and flagged cells, and what changed since the newest snapshot.
/// </summary>
public static class GapsCommand
{
    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var format = KpiOptions.Format();
        var by = new Option<GapDimension>("--by") { Description = "country or funder.", DefaultValueFactory = _ => GapDimension.Country };
        var alpha = new Option<double>("--alpha") { Description = "Flag cells whose Benjamini-Hochberg adjusted p-value is below this.", DefaultValueFactory = _ => 0.05 };
        var since = new Option<long?>("--since") { Description = "Compare with this snapshot id (default: the newest snapshot)." };
        var command = new Command("gaps",
            "Funding gaps: PM projects and EUR per challenge x country (or funder), empty cells, cells whose share differs " +
            "significantly from the consortium-wide share, and what changed since a snapshot. Live from the warehouse.")
        { quarter, format, by, alpha, since };
        KpiOptions.AddFilters(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, quarter, context.Time));
            var level = parseResult.GetValue(alpha);
            if (level is <= 0 or >= 1)
                throw new UsageException($"--alpha {level} must be between 0 and 1");
            var dimension = parseResult.GetValue(by);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var gaps = await warehouse.ComputeGapsAsync(at, filter, dimension, cancellationToken, level).ConfigureAwait(false);
            var snapshot = parseResult.GetValue(since) is { } id
                ? await warehouse.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new KeyNotFoundException($"no snapshot {id}")
                : await warehouse.GetNewestSnapshotAsync(cancellationToken).ConfigureAwait(false);
            var area = dimension == GapDimension.Country ? "country-gaps" : "funder-gaps";
            var changes = snapshot is null ? null
                : SnapshotComparison.Gaps(dimension == GapDimension.Country ? snapshot.Content.CountryGaps : snapshot.Content.FunderGaps, gaps, area);
            switch (parseResult.GetValue(format))
            {
                case ReportFormat.Json:
                    Console.WriteLine(SnapshotJson.Write(new
                    {
                        gaps, test = GapMatrix.TestDescription, empty_cells = gaps.EmptyCells, flagged_cells = gaps.FlaggedCells,
                        compared_with_snapshot = snapshot?.Id, changes,
                    }));
                    break;
                case ReportFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                        await DataFrameExport.WriteAsync(ExportFrames.Gaps(gaps), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    GapTable.Write(CliConsole.ForOutput(), gaps, filter, snapshot, changes);
                    break;
            }
            return CommandRunner.Ok;
        }, cancellationToken));
        command.Subcommands.Add(CreateBehind());
        return command;
    }

    private static Command CreateBehind()
    {
        var member = new Argument<string>("member") { Description = "The country code (e.g. DE) or, with --by funder, the funder id (e.g. EC)." };
        var challenge = new Argument<string>("challenge") { Description = "c1 .. c5." };
        var by = new Option<GapDimension>("--by") { Description = "country or funder.", DefaultValueFactory = _ => GapDimension.Country };
        var options = new DrillDownOptions();
        var command = new Command("behind", "The projects behind one gap cell (live): the member's PM projects touching the challenge.") { member, challenge, by };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, options.Quarter, context.Time));
            var code = parseResult.GetValue(challenge)!.ToLowerInvariant();
            if (!Analytics.Kpis.KpiCatalogue.ChallengeCodes.Contains(code))
                throw new UsageException($"challenge '{code}' is not a challenge: use c1, c2, c3, c4 or c5");
            var dimension = parseResult.GetValue(by);
            var key = parseResult.GetValue(member)!;
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var projects = await warehouse.GetProjectsBehindGapCellAsync(at, filter, dimension,
                dimension == GapDimension.Country ? key.ToUpperInvariant() : key, code, parseResult.GetValue(options.Limit), cancellationToken).ConfigureAwait(false);
            ProjectList.Write(projects, parseResult.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
