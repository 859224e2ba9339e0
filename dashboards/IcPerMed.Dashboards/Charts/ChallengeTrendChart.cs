using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;
using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Quarterly apportioned funding per challenge as lines, broken (and hatched) where no source covers a quarter,
/// continued by the four-quarter forecast (dashed) inside its shaded prediction interval when there is one.
/// </summary>
public static class ChallengeTrendChart
{
    public const string Id = "challenge-trends";
    public const string Title = "PM funding per challenge per start quarter, with forecast (apportioned)";
    public const string XLabel = "Start quarter of the project";
    public const string YLabel = "PM funding (EUR millions)";

    public static DashboardChart Create(SnapshotContent content)
    {
        var trends = content.Trends;
        var quarters = trends.Quarterly.Where(p => p.Challenge == "all").Select(p => p.Period).ToList();
        var forecasts = LabelScheme.Challenges.Select(c => trends.Forecasts.FirstOrDefault(f => f.Challenge == c)).OfType<ChallengeForecast>().ToList();
        var ahead = forecasts.FirstOrDefault()?.Quarters ?? [];
        var plot = ChartCanvas.Create(Title, XLabel, YLabel);
        var method = $"{ChartWords.Apportioned}; hatched: no source covers the quarter (no data, the line breaks) or covers it only in part. " +
            trends.ForecastText;
        var table = Table(trends, quarters, forecasts);
        if (trends.Quarterly.Where(p => p.Challenge == "all").Sum(p => p.FundingAnyMatch ?? 0m) == 0m)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(Id, Title, XLabel, YLabel, method, $"{Title}: {ChartWords.NoData}.", table, plot);
        }

        NoDataBands.Draw(plot, [.. quarters.Select(q => trends.Find(q, "all")!.Coverage)]);
        var hotspots = new List<ChartHotspot>();
        foreach (var challenge in LabelScheme.Challenges)
        {
            var color = ChartPalette.Challenge(challenge);
            var values = quarters.Select(q => trends.Find(q, challenge)?.FundingApportioned is { } v ? ChartWords.Millions(v) : (double?)null).ToArray();
            // Each observed point leads to its quarter's projects of the challenge (forecasts have none behind them).
            for (var i = 0; i < values.Length; i++)
                if (values[i] is { } y && trends.Find(quarters[i], challenge)?.FundingApportioned is { } funding && funding > 0)
                    hotspots.Add(new ChartHotspot(ChartDrill.Trend(quarters[i], challenge),
                        $"{quarters[i]}, {ChartWords.Challenge(challenge)}: {ChartWords.EurMillions(funding)}, list the projects", i, i, y, y, MinPixels: 14));
            var legend = true;
            // One line per run of quarters with data: a line drawn through a quarter without data would claim a value there.
            foreach (var (start, length) in Runs(values))
            {
                var line = plot.Add.Scatter(Enumerable.Range(start, length).Select(i => (double)i).ToArray(),
                    values.Skip(start).Take(length).Select(v => v!.Value).ToArray(), color);
                line.LineWidth = 2;
                line.MarkerSize = 4;
                if (legend)
                    line.LegendText = ChartWords.ChallengeShort(challenge);
                legend = false;
            }
            if (forecasts.FirstOrDefault(f => f.Challenge == challenge) is not { } forecast || values[^1] is not { } last)
                continue;
            // The forecast starts from the last observed quarter so the dashed line continues the solid one.
            var xs = Enumerable.Range(values.Length - 1, forecast.Forecast.Points.Count + 1).Select(i => (double)i).ToArray();
            var points = forecast.Forecast.Points;
            var band = plot.Add.FillY(xs, [last, .. points.Select(p => p.Lower / 1e6)], [last, .. points.Select(p => p.Upper / 1e6)]);
            band.FillColor = color.WithAlpha(0.15);
            band.LineWidth = 0;
            var dashed = plot.Add.Scatter(xs, [last, .. points.Select(p => p.Value / 1e6)], color);
            dashed.LinePattern = LinePattern.Dashed;
            dashed.LineWidth = 2;
            dashed.MarkerSize = 0;
        }
        // At most about eight quarter labels fit beside the legend; keep them a whole number of years apart.
        var count = quarters.Count + ahead.Count;
        ChartCanvas.CategoryTicks(plot.Axes.Bottom, [.. quarters, .. ahead], every: count > 12 ? 4 * (int)Math.Ceiling(count / 32.0) : 1);
        if (ahead.Count > 0)
        {
            var divider = plot.Add.VerticalLine(quarters.Count - 0.5, 1, Colors.Gray, LinePattern.Dotted);
            divider.LegendText = "forecast starts (dashed, shaded: 95 % interval)";
        }
        plot.Axes.Margins(bottom: 0.02);
        plot.ShowLegend(Edge.Right);
        return new DashboardChart(Id, Title, XLabel, YLabel, method, AltText(trends, quarters, forecasts), table, plot, hotspots: hotspots);
    }

    /// <summary>The (start, length) of every run of consecutive values that are not null.</summary>
    private static IEnumerable<(int Start, int Length)> Runs(double?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
                continue;
            var start = i;
            while (i + 1 < values.Length && values[i + 1] is not null)
                i++;
            yield return (start, i - start + 1);
        }
    }

    private static string AltText(TrendReport trends, List<string> quarters, List<ChallengeForecast> forecasts)
    {
        var peak = trends.Quarterly.Where(p => LabelScheme.Challenges.Contains(p.Challenge)).MaxBy(p => p.FundingApportioned ?? 0m)!;
        var noData = trends.Quarterly.Where(p => p.Challenge == "all" && !p.HasData).Select(p => p.Period).ToList();
        var text = $"Lines of PM funding per challenge per start quarter from {quarters[0]} to {quarters[^1]} (apportioned). " +
            $"The highest quarter is {peak.Period} for {ChartWords.Challenge(peak.Challenge)} with {ChartWords.EurMillions(peak.FundingApportioned ?? 0m)}." +
            (noData.Count == 0 ? "" : $" No source covers {noData.Count} quarter{(noData.Count == 1 ? "" : "s")} ({noData[0]} to {noData[^1]} among them): the lines break there.");
        if (forecasts.Count == 0)
            return text + " " + trends.ForecastText;
        var next = forecasts.MaxBy(f => f.Forecast.Points[^1].Value)!;
        var last = next.Forecast.Points[^1];
        return text + $" Dashed lines forecast the next {next.Quarters.Count} quarters; the highest forecast for {next.Quarters[^1]} is " +
            $"{ChartWords.Challenge(next.Challenge)} with {ChartWords.EurMillions((decimal)last.Value)} " +
            $"(95 % interval {ChartWords.EurMillions((decimal)last.Lower)} to {ChartWords.EurMillions((decimal)last.Upper)}).";
    }

    private static ChartTable Table(TrendReport trends, List<string> quarters, List<ChallengeForecast> forecasts)
    {
        var headers = new List<string> { "Start quarter" };
        headers.AddRange(LabelScheme.Challenges.Select(c => ChartWords.Challenge(c) + " (EUR)"));
        var rows = quarters.Select(q => (IReadOnlyList<ChartCell>)[
            new ChartCell(q),
            .. LabelScheme.Challenges.Select(c => trends.Find(q, c) is { FundingApportioned: { } value }
                ? new ChartCell(ChartWords.Number(value), ChartDrill.Trend(q, c)) : new ChartCell(PeriodCoverage.NoData)),
        ]).ToList();
        // Forecast rows have no projects behind them yet: text only, value and its 95 % interval.
        var ahead = forecasts.FirstOrDefault()?.Quarters ?? [];
        rows.AddRange(ahead.Select((q, step) => (IReadOnlyList<ChartCell>)[
            new ChartCell($"{q} (forecast)"),
            .. LabelScheme.Challenges.Select(c => forecasts.FirstOrDefault(f => f.Challenge == c) is { } f
                ? new ChartCell(Forecast(f.Forecast.Points[step])) : new ChartCell("")),
        ]));
        return new ChartTable(headers, rows);
    }

    private static string Forecast(ForecastPoint point) =>
        $"{ChartWords.Number((decimal)point.Value)} ({ChartWords.Number((decimal)point.Lower)} – {ChartWords.Number((decimal)point.Upper)})";
}
