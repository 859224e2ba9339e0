using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;
using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// PM funding per start year, stacked by challenge (c1..c5 and no challenge), apportioned so each stack adds up to the
/// year's total PM funding. Read from the snapshot's yearly trends. A year no source covers is a hatched "no data"
/// band, not an empty bar; a partly covered year keeps its bar under a lighter hatching.
/// </summary>
public static class FundingPerYearChart
{
    public const string Id = "funding-per-year";
    public const string Title = "PM funding per start year, by challenge (apportioned)";
    public const string XLabel = "Start year of the project";
    public const string YLabel = "PM funding (EUR millions)";

    /// <summary>The stacked series, bottom to top.</summary>
    public static IReadOnlyList<string> Series { get; } = [.. LabelScheme.Challenges, "none"];

    public static DashboardChart Create(SnapshotContent content)
    {
        var yearly = content.Trends.Yearly;
        var years = yearly.Where(p => p.Challenge == "all").Select(p => p.Period).ToList();
        var plot = ChartCanvas.Create(Title, XLabel, YLabel);
        var method = ChartWords.Apportioned + "; projects without a start date are left out; hatched: no source covers the year (no data) " +
            "or covers it only in part.";
        var totals = years.Select(y => yearly.First(p => p.Period == y && p.Challenge == "all").FundingApportioned ?? 0m).ToList();
        if (totals.Sum() == 0m)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(Id, Title, XLabel, YLabel, method, $"{Title}: {ChartWords.NoData}.", Table(years, yearly), plot);
        }

        NoDataBands.Draw(plot, [.. years.Select(y => yearly.First(p => p.Period == y && p.Challenge == "all").Coverage)]);
        var bases = new double[years.Count];
        var hotspots = new List<ChartHotspot>();
        foreach (var challenge in Series)
        {
            var bars = years.Select((year, i) =>
            {
                var funding = Point(yearly, year, challenge)?.FundingApportioned ?? 0m;
                var value = ChartWords.Millions(funding);
                var bar = new Bar { Position = i, ValueBase = bases[i], Value = bases[i] + value, FillColor = ChartPalette.Challenge(challenge), LineWidth = 0 };
                // Each drawn segment leads to its projects; the table's "all" column leads to the whole year.
                if (funding > 0)
                    hotspots.Add(new ChartHotspot(ChartDrill.Trend(year, challenge),
                        $"{year}, {ChartWords.Challenge(challenge)}: {ChartWords.EurMillions(funding)}, list the projects", i - 0.4, i + 0.4, bases[i], bases[i] + value));
                bases[i] += value;
                return bar;
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = ChartWords.ChallengeShort(challenge);
        }
        // At the email's 720 px twelve four-digit years run into each other: every other year past ten, then every fifth.
        ChartCanvas.CategoryTicks(plot.Axes.Bottom, years, every: LabelEvery(years.Count));
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        // Measured at the size drawn: at the email's 600 px with the legend beside the bars, every fifth year still collides.
        return new DashboardChart(Id, Title, XLabel, YLabel, method, AltText(years, totals, yearly), Table(years, yearly), plot,
            (p, width, height) => CategoryLabels.Thin(p, p.Axes.Bottom, years, width, height), hotspots);
    }

    private static TrendPoint? Point(IReadOnlyList<TrendPoint> yearly, string year, string challenge) =>
        yearly.FirstOrDefault(p => p.Period == year && p.Challenge == challenge);

    /// <summary>
    /// Every how many years a label is written, so that at most about a dozen are written under the bars: with every source in
    /// the warehouse the years run from NIH's 1978 to today, and a label per year ran into one another.
    /// </summary>
    internal static int LabelEvery(int years) => years switch
    {
        <= 10 => 1,
        <= 24 => 2,
        <= 60 => 5,
        _ => 10,
    };

    private static string AltText(List<string> years, List<decimal> totals, IReadOnlyList<TrendPoint> yearly)
    {
        var top = totals.IndexOf(totals.Max());
        var largest = LabelScheme.Challenges.MaxBy(c => yearly.Where(p => p.Challenge == c).Sum(p => p.FundingApportioned ?? 0m))!;
        var noData = yearly.Where(p => p.Challenge == "all" && !p.HasData).Select(p => p.Period).ToList();
        return $"Stacked bars of PM funding per start year from {years[0]} to {years[^1]}, split by challenge (apportioned), " +
            $"{ChartWords.EurMillions(totals.Sum())} in all. The highest year is {years[top]} with {ChartWords.EurMillions(totals[top])}. " +
            $"Over all years the largest challenge is {ChartWords.Challenge(largest)} with " +
            $"{ChartWords.EurMillions(yearly.Where(p => p.Challenge == largest).Sum(p => p.FundingApportioned ?? 0m))}." +
            (noData.Count == 0 ? "" : $" No source covers {string.Join(", ", noData)}: no data there, not zero.");
    }

    private static ChartTable Table(List<string> years, IReadOnlyList<TrendPoint> yearly)
    {
        var headers = new List<string> { "Start year" };
        headers.AddRange(Series.Select(c => ChartWords.Challenge(c) + " (EUR)"));
        headers.Add("Total PM funding (EUR)");
        var rows = years.Select(year => (IReadOnlyList<ChartCell>)[
            new ChartCell(year),
            .. Series.Append("all").Select(c => Point(yearly, year, c) is { FundingApportioned: { } value }
                ? new ChartCell(ChartWords.Number(value), ChartDrill.Trend(year, c)) : new ChartCell(PeriodCoverage.NoData)),
        ]).ToList();
        return new ChartTable(headers, rows);
    }
}
