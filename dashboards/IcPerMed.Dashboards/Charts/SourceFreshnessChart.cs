using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// How old each source's data is: days from the end of the period its data covers to the end of the quarter (from the
/// trends' coverage), with the days since its last successful harvest beside it (from the data-freshness KPI).
/// </summary>
/// <remarks>
/// The harvest's age alone said nothing for a past quarter: a source harvested after the quarter closed is 0 days old
/// however stale its file, so every bar was 0 on an axis from −0.9 to 1 day. A file exported in 2022 and harvested
/// yesterday is four years behind, and that is what the bar now shows.
/// </remarks>
public static class SourceFreshnessChart
{
    public const string Id = "source-freshness";
    public const string Title = "Data freshness: how far each source's data stops before the quarter's end";
    public const string XLabel = "Days from the end of the source's covered period to the end of the quarter (days)";
    public const string YLabel = "Source (period its data covers)";

    /// <summary>The axis runs to at least a week, so a source that is up to date shows as a labelled stub at 0.</summary>
    public const double FewestDaysShown = 7;

    public static DashboardChart Create(SnapshotContent content)
    {
        var kpiId = KpiCatalogue.DataFreshness.Id;
        var harvests = (content.Kpi(kpiId)?.Rows ?? []).ToDictionary(r => r.Key[0]);
        var coverage = (content.Trends.Coverage ?? []).ToDictionary(c => c.Source);
        var end = Quarter.TryParse(content.Trends.Quarter, out var quarter) ? quarter.End : DateOnly.MinValue;
        var sources = harvests.Keys.Union(coverage.Keys).Select(source => new Row(source, coverage.GetValueOrDefault(source),
                harvests.GetValueOrDefault(source), Behind(coverage.GetValueOrDefault(source), end)))
            .OrderByDescending(r => r.DaysBehind ?? -1).ThenBy(r => r.Source, StringComparer.Ordinal).ToList();
        var plot = ChartCanvas.Create(Title, XLabel, YLabel);
        const string method = "Bar: days from the last day of the last quarter a source covers (its thin edge quarters left out; see " +
            "coverage) to the last day of the quarter, 0 when its data reaches the quarter's end. Label: that, and the age in whole days " +
            "of its last successful harvest at the end of the quarter (0 when it finished after the quarter ended).";
        var table = new ChartTable(["Source", "Data covers (start quarters)", "Days behind the quarter's end", "Last harvest (UTC)",
                "Harvest age (days)", "PM projects"],
            [.. sources.Select(r => (IReadOnlyList<ChartCell>)[
                new ChartCell(r.Source), new ChartCell(r.Coverage?.Period ?? "not recorded"),
                new ChartCell(r.DaysBehind is { } d ? ChartWords.Number((decimal)d) : "n/a"),
                new ChartCell(r.Harvest is { Key.Count: > 1 } h ? h.Key[1] : "never"),
                new ChartCell(r.Harvest is { } a ? ChartWords.Number(a.Value) : "n/a"),
                r.Harvest is { } p ? new ChartCell(ChartWords.Number(p.Projects), ChartDrill.Kpi(kpiId, [.. p.Key])) : new ChartCell("")])]);
        var drawn = sources.Where(r => r.DaysBehind is not null).ToList();
        if (drawn.Count == 0)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(Id, Title, XLabel, YLabel, method, $"{Title}: {ChartWords.NoData}.", table, plot);
        }
        var hotspots = RankingBars.Draw(plot, [.. drawn.Select(r => new RankingBars.Item($"{r.Source} ({r.Coverage!.Period})", r.DaysBehind!.Value, Label(r),
            r.Harvest is { } h ? ChartDrill.Kpi(kpiId, [.. h.Key]) : null,
            $"{r.Source}: {ChartWords.Number((decimal)r.DaysBehind!.Value)} days behind, list the projects of its last harvest"))], ChartPalette.Vermillion);
        // Room for the value label right of the longest bar.
        plot.Axes.SetLimitsX(0, Math.Max(FewestDaysShown, drawn.Max(r => r.DaysBehind!.Value)) * 1.6);
        var alt = $"Horizontal bars of how many days each source's data stops before the end of {content.Trends.Quarter}, for " +
            $"{drawn.Count} source{(drawn.Count == 1 ? "" : "s")}: " +
            string.Join("; ", drawn.Select(r => $"{r.Source} covers {r.Coverage!.Period}, {ChartWords.Number((decimal)r.DaysBehind!.Value)} days behind" +
                (r.Harvest is { } h ? $", harvested {HarvestAge(h.Value)}" : ", never harvested"))) + ".";
        return new DashboardChart(Id, Title, XLabel, YLabel, method, alt, table, plot, hotspots: hotspots);
    }

    private sealed record Row(string Source, SourceCoverage? Coverage, KpiRow? Harvest, double? DaysBehind);

    private static double? Behind(SourceCoverage? coverage, DateOnly end) =>
        coverage?.To is { } to && end != DateOnly.MinValue ? Math.Max(0, end.DayNumber - to.End.DayNumber) : null;

    private static string Label(Row r) =>
        $"{ChartWords.Number((decimal)r.DaysBehind!.Value)} days; " + (r.Harvest is { } h ? h.Value == 0 ? "harvest after quarter end" : $"harvest {ChartWords.Number(h.Value)} d old" : "never harvested");

    private static string HarvestAge(decimal days) => days switch
    {
        0 => "at or after the quarter's end",
        1 => "1 day before its end",
        _ => $"{ChartWords.Number(days)} days before its end",
    };
}
