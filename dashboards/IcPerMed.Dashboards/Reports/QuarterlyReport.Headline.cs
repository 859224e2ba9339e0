using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    /// <summary>A headline number: its name, how it is read from a snapshot, and how it is written.</summary>
    public sealed record Headline(string KpiId, string Name, Func<SnapshotContent, decimal?> Read, Func<decimal, string> Format);

    /// <summary>The headline tiles, in order.</summary>
    public static IReadOnlyList<Headline> Headlines { get; } =
    [
        new(KpiCatalogue.PmFundingPerYear.Id, "PM funding, all start years", c => Total(c, KpiCatalogue.PmFundingPerYear.Id), ChartWords.Eur),
        new(KpiCatalogue.PmProjectsPerYear.Id, "PM projects, all start years", c => Total(c, KpiCatalogue.PmProjectsPerYear.Id), v => ChartWords.Number(v)),
        new(KpiCatalogue.ActivePmProjects.Id, "Active PM projects this quarter", c => First(c, KpiCatalogue.ActivePmProjects.Id), v => ChartWords.Number(v)),
        new(KpiCatalogue.NewPmProjects.Id, "New PM projects this quarter",
            c => c.Kpi(KpiCatalogue.NewPmProjects.Id)?.Rows.FirstOrDefault(r => r.Key[0] == "this quarter")?.Value, v => ChartWords.Number(v)),
        new(KpiCatalogue.MedianGrantSize.Id, "Median PM grant", c => First(c, KpiCatalogue.MedianGrantSize.Id), ChartWords.Eur),
        new(KpiCatalogue.TransnationalCollaborationRate.Id, "Transnational collaboration rate",
            c => First(c, KpiCatalogue.TransnationalCollaborationRate.Id), v => ChartWords.Number(v, 1) + " %"),
    ];

    private static decimal? Total(SnapshotContent content, string id) => content.Kpi(id)?.Rows.Sum(r => r.Value);

    private static decimal? First(SnapshotContent content, string id) => content.Kpi(id) is { Rows.Count: > 0 } kpi ? kpi.Rows[0].Value : null;

    private static void HeadlineSection(StringBuilder html, KpiSnapshot snapshot, KpiSnapshot? previous, KpiSnapshot? yearBefore)
    {
        html.Append("<section id=\"headline\"><h2>Headline</h2>\n");
        // A delta exists only between two snapshots; a missing one is said once, not on every tile (the previous
        // quarter's under "What changed").
        foreach (var (other, quarter, what) in new[] { (previous, snapshot.Quarter.Previous, "the previous quarter"), (yearBefore, snapshot.Quarter.SameQuarterLastYear, "a year earlier") })
            if (other is not null || quarter != snapshot.Quarter.Previous)
                html.Append("<p class=\"note\">").Append(ReportHtml.Text(other is null
                    ? $"No snapshot of {quarter} ({what}) to compare with."
                    : $"Against {what}: {quarter} ({other.Label()}).")).Append("</p>\n");
        html.Append("<div class=\"tiles\">\n");
        foreach (var headline in Headlines)
        {
            var value = headline.Read(snapshot.Content);
            html.Append(ReportHtml.Invariant($"<div class=\"tile\" data-kpi=\"{headline.KpiId}\"><div class=\"name\">{ReportHtml.Text(headline.Name)}</div>"))
                .Append("<div class=\"value\">").Append(ReportHtml.Text(value is { } v ? headline.Format(v) : "n/a")).Append("</div>");
            foreach (var delta in new[] { Delta(headline, value, previous, snapshot.Quarter.Previous), Delta(headline, value, yearBefore, snapshot.Quarter.SameQuarterLastYear) })
                if (delta.Length > 0)
                    html.Append("<div class=\"delta\">").Append(ReportHtml.Text(delta)).Append("</div>");
            // Beside every money total: how many of the projects it counts have no amount.
            if (snapshot.Content.Kpi(headline.KpiId)?.MissingAmounts is { } missing)
                html.Append("<div class=\"missing\">").Append(ReportHtml.Text(missing.Text)).Append("</div>");
            html.Append("</div>\n");
        }
        html.Append("</div>\n<p class=\"note\">Deltas compare this snapshot with the snapshot of the quarter named; ")
            .Append("new projects are counted by start quarter, the other values over all start years as known at the snapshot.</p>\n");
        ReportHtml.Chart(html, ChartRegistry.Create(CountryRankingChart.Id, snapshot.Content));
        ReportHtml.Chart(html, ChartRegistry.Create(FunderRankingChart.Id, snapshot.Content));
        html.Append("</section>\n");
    }

    /// <summary>"+1,000 (+25.0 %) vs 2025Q3"; empty without a snapshot of that quarter (which the page says once).</summary>
    public static string Delta(Headline headline, decimal? value, KpiSnapshot? other, Analytics.Model.Quarter otherQuarter)
    {
        if (other is null)
            return "";
        if (value is not { } now || headline.Read(other.Content) is not { } then)
            return $"not in the snapshot of {otherQuarter}";
        var difference = now - then;
        var sign = difference > 0 ? "+" : difference < 0 ? "−" : "±";
        var percent = then == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({sign}{Math.Abs(difference / then * 100m):0.0} %)");
        return $"{sign}{headline.Format(Math.Abs(difference))}{percent} vs {otherQuarter}";
    }
}
