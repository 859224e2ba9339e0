using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Trends;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// A KPI as frozen in a snapshot: its definition's words, its rows and, for money, how many of its projects have no
/// amount (null for other KPIs and in snapshots taken before that was recorded).
/// </summary>
public sealed record SnapshotKpi(string Id, string Name, string Unit, string Counting, IReadOnlyList<string> Dimensions, IReadOnlyList<KpiRow> Rows,
    MissingAmounts? MissingAmounts = null)
{
    public static SnapshotKpi From(KpiResult result) => new(result.Definition.Id, result.Definition.Name, result.Definition.Unit,
        KpiCountings.Label(result.Definition.Counting), [.. result.Definition.Dimensions.Select(d => d.Name)], result.Rows, result.MissingAmounts);
}

/// <summary>The numbers a snapshot freezes: every KPI, both gap matrices and the trends with their forecast.</summary>
public sealed record SnapshotContent(IReadOnlyList<SnapshotKpi> Kpis, GapMatrix CountryGaps, GapMatrix FunderGaps, TrendReport Trends)
{
    public SnapshotKpi? Kpi(string id) => Kpis.FirstOrDefault(k => k.Id == id);
}
