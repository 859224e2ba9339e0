using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// A quarter's numbers as a page shows them: from its newest snapshot when one was taken, else computed live.
/// </summary>
/// <param name="Snapshot">The snapshot the numbers come from; null when they were computed live.</param>
/// <param name="ComputedAt">When the numbers were taken or computed.</param>
public sealed record QuarterView(Quarter Quarter, SnapshotContent Content, KpiSnapshot? Snapshot, DateTimeOffset ComputedAt)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Charts.DashboardChart> charts = new();

    public bool IsLive => Snapshot is null;

    /// <summary>One chart of these numbers (see <see cref="Charts.ChartRegistry"/>), drawn on first use and kept: the numbers never change.</summary>
    public Charts.DashboardChart Chart(string id) => charts.GetOrAdd(id, key => Charts.ChartRegistry.Create(key, Content));

    /// <summary>One chart as SVG, rendered once.</summary>
    public string ChartSvg(string id) => svgs.GetOrAdd(id, key => Chart(key).ToSvg());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> svgs = new();

    /// <summary>One chart as SVG for inside a page, with its links (which depend on the quarter only), rendered once.</summary>
    public string LinkedChartSvg(string id, Func<Charts.ChartDrill, string?> link) => linkedSvgs.GetOrAdd(id, key => Chart(key).ToLinkedSvg(link));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> linkedSvgs = new();

    /// <summary>Where the numbers come from, in words: "snapshot 2 of 2026-10-02 (sha256 …)" or "computed live at …".</summary>
    public string Basis => Snapshot is null
        ? $"computed {SnapshotLabel.Live} at {ComputedAt:yyyy-MM-dd HH:mm}Z (no snapshot of {Quarter} yet)"
        : $"{Snapshot.Label()} ({Snapshot.TakenAt:HH:mm}Z, sha256 {Snapshot.ContentHash[..12]})";
}
