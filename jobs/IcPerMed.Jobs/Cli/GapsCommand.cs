using System.CommandLine;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed gaps [--by country|funder] [--min-projects N] [--quarter Q] [--format table|json|csv] [filters]</c>: the
/// challenge x country (or funder) matrix with PM projects and EUR per cell, its empty and flagged cells (members with
/// fewer than N PM projects are too few to judge), and what changed since the newest snapshot.
/// </summary>
public static class GapsCommand
{
    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var format = KpiOptions.Format();
        var by = new Option<GapDimension>("--by") { Description = "country or funder.", DefaultValueFactory = _ => GapDimension.Country };
        var alpha = new Option<double>("--alpha") { Description = "Flag cells whose Benjamini-Hochberg adjusted p-value is below this.", DefaultValueFactory = _ => GapMatrix.DefaultAlpha };
        var minProjects = new Option<int>("--min-projects")
        {
            Description = "A country or funder with fewer PM projects than this is 'too few to judge': its cells are shown but " +
                "neither listed as empty nor tested.",
            DefaultValueFactory = _ => GapMatrix.DefaultMinProjects,
        };
        var since = new Option<long?>("--since")
        {
            Description = "Compare with this snapshot id (default: the previous quarter's snapshot for snapshot numbers, this quarter's for live ones).",
        };
        var command = new Command("gaps",
            "Funding gaps: PM projects and EUR per challenge x country (or funder), empty cells, cells whose share differs " +
            "significantly from the consortium-wide share, and what changed since the previous quarter's snapshot. From the quarter's " +
            "snapshot when it has one, else live (--live to compute now).")
        { quarter, format, by, alpha, minProjects, since, QuarterOrigin.Live };
        KpiOptions.AddFilters(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, quarter, context.Time));
            var level = parseResult.GetValue(alpha);
            if (level is <= 0 or >= 1)
                throw new UsageException($"--alpha {level} must be between 0 and 1");
            var minimum = parseResult.GetValue(minProjects);
            if (minimum < 0)
                throw new UsageException($"--min-projects {minimum} must be 0 or more");
            var dimension = parseResult.GetValue(by);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var origin = await QuarterOrigin.ResolveAsync(warehouse, at, filter, parseResult.GetValue(QuarterOrigin.Live),
                level == GapMatrix.DefaultAlpha ? null : $"--alpha {level}: snapshots are judged at {GapMatrix.DefaultAlpha}",
                context.Time, cancellationToken).ConfigureAwait(false);
            // A snapshot's matrix judged again with this minimum, so a row is never too few only because the minimum differs.
            GapMatrix Of(KpiSnapshot s) => (dimension == GapDimension.Country ? s.Content.CountryGaps : s.Content.FunderGaps).WithMinProjects(minimum);
            var gaps = origin.Snapshot is { } frozen ? Of(frozen)
                : await warehouse.ComputeGapsAsync(at, filter, dimension, cancellationToken, level, minimum).ConfigureAwait(false);
            var comparison = await GapComparison.ResolveAsync(warehouse, origin, filter, parseResult.GetValue(since), cancellationToken).ConfigureAwait(false);
            var area = dimension == GapDimension.Country ? "country-gaps" : "funder-gaps";
            var changes = comparison.With is { } other ? SnapshotComparison.Gaps(Of(other), gaps, area) : null;
            switch (parseResult.GetValue(format))
            {
                case ReportFormat.Json:
                    Console.WriteLine(SnapshotJson.Write(new
                    {
                        gaps, summary = gaps.Summary(), test = GapMatrix.TestDescription, funding = GapMatrix.FundingDescription,
                        too_few_to_judge = new { gaps.MinProjects, description = gaps.TooFewDescription, members = gaps.TooFewMembers },
                        funding_in_cells = gaps.FundingInCells,
                        empty_cells = gaps.EmptyCells, flagged_cells = gaps.FlaggedCells, origin = origin.Label,
                        compared_with_snapshot = comparison.With?.Id, comparison = comparison.Heading, changes,
                    }));
                    break;
                case ReportFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                        await DataFrameExport.WriteAsync(ExportFrames.Gaps(gaps), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    GapTable.Write(CliConsole.ForOutput(), gaps, filter, origin, comparison, changes);
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
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var projects = await warehouse.GetProjectsBehindGapCellAsync(at, filter, dimension,
                dimension == GapDimension.Country ? key.ToUpperInvariant() : key, code, parseResult.GetValue(options.Limit), cancellationToken).ConfigureAwait(false);
            ProjectList.Write(projects, parseResult.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
