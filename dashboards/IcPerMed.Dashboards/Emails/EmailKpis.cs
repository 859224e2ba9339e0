using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Reports;
using Headline = IcPerMed.Dashboards.Reports.QuarterlyReport.Headline;

namespace IcPerMed.Dashboards.Emails;

/// <summary>
/// The one number an email shows per KPI: the report's headline reading where the KPI is a headline, otherwise the
/// KPI's single value, the total of its rows (money and counts), or the mean of its rows (rates, coverage, days).
/// </summary>
public static class EmailKpis
{
    /// <summary>The KPIs of a subscriber who chose none.</summary>
    public static IReadOnlyList<string> HeadlineIds { get; } = [.. QuarterlyReport.Headlines.Select(h => h.KpiId)];

    /// <summary>The reading of <paramref name="kpiId"/>; throws <see cref="KeyNotFoundException"/> listing the ids there are.</summary>
    public static Headline For(string kpiId)
    {
        if (QuarterlyReport.Headlines.FirstOrDefault(h => h.KpiId == kpiId) is { } headline)
            return headline;
        var definition = KpiCatalogue.Find(kpiId);
        var additive = definition.Unit is "EUR" or "projects" or "project-equivalents";
        Func<decimal, string> format = definition.Unit == "EUR" ? ChartWords.Eur : v => $"{ChartWords.Number(v, 1)} {definition.Unit}";
        return new Headline(definition.Id, additive || definition.Dimensions.Count == 0 ? definition.Name : definition.Name + " (mean of rows)",
            content => Read(content.Kpi(definition.Id), additive), format);
    }

    /// <summary>The change in % of a KPI against an earlier snapshot, or null when either value is missing or the earlier is 0.</summary>
    public static decimal? PercentChange(Headline headline, SnapshotContent now, SnapshotContent? before) =>
        (headline.Read(now), before is null ? null : headline.Read(before)) is ({ } value, { } earlier) && earlier != 0
            ? (value - earlier) / earlier * 100m : null;

    private static decimal? Read(SnapshotKpi? kpi, bool additive) => kpi switch
    {
        null or { Rows.Count: 0 } => null,
        { Rows.Count: 1 } => kpi.Rows[0].Value,
        _ when additive => kpi.Rows.Sum(r => r.Value),
        _ => kpi.Rows.Average(r => r.Value),
    };
}
