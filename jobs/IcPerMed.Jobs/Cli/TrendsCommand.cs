using System.CommandLine;
using System.Globalization;
using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed trends [--by year|quarter] [--quarter Q] [--format table|json|csv] [filters]</c>: PM funding per period
/// and challenge with growth rates, and the forecast of the next four quarters with its interval.
/// </summary>
public static class TrendsCommand
{
    public enum Period
    {
        Year,
        Quarter,
    }

    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var format = KpiOptions.Format();
        var by = new Option<Period>("--by") { Description = "year or quarter.", DefaultValueFactory = _ => Period.Year };
        var command = new Command("trends",
            "PM projects and EUR per year or quarter and challenge (by start date) up to the quarter, growth rates, and a " +
            "four-quarter forecast with a 95 % prediction interval. From the quarter's snapshot when it has one, else live (--live to compute now).")
        { quarter, format, by, QuarterOrigin.Live };
        KpiOptions.AddFilters(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, quarter, context.Time));
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var origin = await QuarterOrigin.ResolveAsync(warehouse, at, filter, parseResult.GetValue(QuarterOrigin.Live), null, context.Time,
                cancellationToken).ConfigureAwait(false);
            var trends = origin.Snapshot?.Content.Trends ?? await warehouse.ComputeTrendsAsync(at, filter, cancellationToken).ConfigureAwait(false);
            var points = parseResult.GetValue(by) == Period.Year ? trends.Yearly : trends.Quarterly;
            switch (parseResult.GetValue(format))
            {
                case ReportFormat.Json:
                    Console.WriteLine(SnapshotJson.Write(new
                    {
                        trends.Quarter, origin = origin.Label, filter = filter.ToString(), points, trends.Forecasts, forecast_refusal = trends.ForecastRefusal,
                        method = TrendReport.ForecastMethod, trends.Coverage, coverage_rule = CoverageRule.Description,
                    }));
                    break;
                case ReportFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                        await DataFrameExport.WriteAsync(ExportFrames.Trends(points), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    CliConsole.ForOutput().MarkupLine(Spectre.Console.Markup.Escape($"Trends up to {at}: {origin.Label}."));
                    Write(CliConsole.ForOutput(), trends, points);
                    break;
            }
            return CommandRunner.Ok;
        }, cancellationToken));
        command.Subcommands.Add(CreateBehind());
        return command;
    }

    private static Command CreateBehind()
    {
        var period = new Argument<string>("period") { Description = "A year (2026) or a quarter (2026Q3)." };
        var challenge = new Argument<string>("challenge") { Description = "c1 .. c5, none (no challenge) or all." };
        var options = new DrillDownOptions();
        var command = new Command("behind", "The PM projects behind one trend point (live): starting in the period and touching the challenge.") { period, challenge };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, options.Quarter, context.Time));
            var code = parseResult.GetValue(challenge)!.ToLowerInvariant();
            if (code is not ("all" or "none") && !Analytics.Kpis.KpiCatalogue.ChallengeCodes.Contains(code))
                throw new UsageException($"challenge '{code}' is not one of c1 .. c5, none, all");
            var text = parseResult.GetValue(period)!.ToUpperInvariant();
            if (Analytics.Model.Quarter.TryParse(text, out var inQuarter))
                text = inQuarter.ToString();
            else if (!(text.Length == 4 && text.All(char.IsAsciiDigit)))
                throw new UsageException($"period '{text}' is neither a year (2026) nor a quarter (2026Q3)");
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var projects = await warehouse.GetProjectsBehindTrendPointAsync(at, filter, text, code, parseResult.GetValue(options.Limit), cancellationToken).ConfigureAwait(false);
            ProjectList.Write(projects, parseResult.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static void Write(IAnsiConsole console, TrendReport trends, IReadOnlyList<TrendPoint> points)
    {
        var coverage = new Table().Title("What the sources cover (by project start quarter)").Caption(Markup.Escape(CoverageRule.Description))
            .AddColumns("source", "covers", "projects with a start date", "left out");
        foreach (var c in trends.Coverage ?? [])
            coverage.AddRow(Markup.Escape(c.Source), Markup.Escape(c.Period), c.Projects.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(c.Note));
        console.Write(coverage);
        var series = points.Select(p => p.Challenge).Distinct().ToList();
        var table = new Table().Title(Markup.Escape($"PM funding (EUR, any-match) by start period, up to {trends.Quarter}; growth on the previous period"))
            .Caption(Markup.Escape("no data: no harvested source covers the period (not 0); *: partly covered; growth only between fully covered periods."))
            .AddColumn("period");
        foreach (var challenge in series)
            table.AddColumn(new TableColumn(challenge).RightAligned());
        foreach (var period in points.Select(p => p.Period).Distinct())
            table.AddRow([period, .. series.Select(c => points.First(p => p.Period == period && p.Challenge == c)).Select(Cell)]);
        console.Write(table);
        var all = points.Where(p => p.Challenge == "all" && p.HasData).ToList();
        console.WriteLine(FormattableString.Invariant(
            $"Total over the periods with data: EUR {all.Sum(p => p.FundingAnyMatch ?? 0m):N2}; {new MissingAmounts(all.Sum(p => p.Projects ?? 0), all.Sum(p => p.ProjectsWithoutAmount ?? 0)).Text}."));
        if (trends.ForecastRefusal is { } why)
        {
            console.WriteLine($"No forecast: {why}.");
            return;
        }
        var forecast = new Table().Title("Forecast of PM funding (EUR, apportioned), 95 % prediction interval")
            .Caption(Markup.Escape(TrendReport.ForecastMethod)).AddColumn("series");
        foreach (var quarter in trends.Forecasts.Count > 0 ? trends.Forecasts[0].Quarters : [])
            forecast.AddColumn(new TableColumn(quarter).RightAligned());
        foreach (var f in trends.Forecasts)
            forecast.AddRow([f.Challenge, .. f.Forecast.Points.Select(p => FormattableString.Invariant($"{p.Value:N0} ({p.Lower:N0} – {p.Upper:N0})"))]);
        console.Write(forecast);
    }

    /// <summary>A value and its growth, "no data" where no source covers the period, a * where one covers it only in part.</summary>
    private static string Cell(TrendPoint point)
    {
        if (!point.HasData)
            return "no data";
        var value = (point.FundingAnyMatch ?? 0m).ToString("N0", CultureInfo.InvariantCulture) + (point.Coverage == PeriodCoverage.Partial ? "*" : "");
        return point.GrowthOnPrevious is { } growth ? value + FormattableString.Invariant($" ({growth:+0.0;-0.0;0} %)")
            // Coverage is why growth is missing across a gap; a previous period without money needs no note in a table this dense.
            : point.GrowthOnPreviousNote is { } note && !note.StartsWith("n/a: no funding", StringComparison.Ordinal) ? $"{value} ({note})" : value;
    }
}
