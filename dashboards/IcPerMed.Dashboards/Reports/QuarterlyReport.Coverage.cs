using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    private static void Coverage(StringBuilder html, KpiSnapshot snapshot, IReadOnlyList<SourceStatus> sources)
    {
        html.Append("<section id=\"coverage\"><h2>Data coverage and freshness</h2>\n");
        var pm = snapshot.Content.Kpi(Analytics.Kpis.KpiCatalogue.DataFreshness.Id)?.Rows.ToDictionary(r => r.Key[0], r => r.Projects) ?? [];
        ReportHtml.Table(html, ["Source", "Projects", "PM projects", "Insufficient text (not PM)", "Language not supported (not PM)", "Last successful harvest (UTC)", "Quarantined", "Last run"],
            sources.Select(s => (IReadOnlyList<string>)[s.Source, ChartWords.Number(s.Projects),
                pm.TryGetValue(s.Source, out var n) ? ChartWords.Number(n) : "", ChartWords.Number(s.InsufficientText), ChartWords.Number(s.LanguageNotSupported),
                Time(s.LastSuccessfulRun?.FinishedAt), ChartWords.Number(s.Quarantined),
                s.LastRun is { } run ? $"{run.Status} {Time(run.FinishedAt ?? run.StartedAt)}" : "never"]));
        html.Append("<p class=\"note\">Insufficient text: projects whose text is a title only or shorter than the stated minimum of words; ")
            .Append("the classifier abstained, so they count as not PM until an analyst decides (counted live, ")
            .Append(ReportHtml.Text(ChartWords.Number(sources.Sum(s => s.InsufficientText)))).Append(" in all). Language not supported: ")
            .Append("projects whose text is mostly in a language the model was not trained on; the classifier abstained on them too (")
            .Append(ReportHtml.Text(ChartWords.Number(sources.Sum(s => s.LanguageNotSupported)))).Append(" in all).</p>\n");
        ReportHtml.Chart(html, ChartRegistry.Create(SourceFreshnessChart.Id, snapshot.Content));
        var provenance = snapshot.Provenance;
        ReportHtml.Table(html, ["What the numbers rest on", ""],
        [
            ["Snapshot", ReportHtml.Invariant($"{snapshot.Id} of {snapshot.Quarter}, taken {Time(snapshot.TakenAt)}")],
            ["Snapshot hash (SHA-256)", snapshot.ContentHash],
            ["Classifier model", provenance.ModelVersion ?? "none"],
            ["ECB exchange-rate table", provenance.ExchangeRates ?? "none"],
            ["Label scheme", provenance.LabelScheme],
            .. provenance.Harvests.Select(h => (IReadOnlyList<string>)[$"Harvest of {h.Source}",
                ReportHtml.Invariant($"run {h.RunId} finished {Time(h.FinishedAt)}")]),
        ]);
        html.Append("</section>\n");
    }

    private static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never";
}
