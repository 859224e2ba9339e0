using IcPerMed.Analytics.Snapshots;
using static IcPerMed.Dashboards.Web.Numbers;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>The overview's headline KPIs with their quarter-on-quarter changes.</summary>
public static class OverviewTiles
{
    public const string MoneyMethod = "EUR at the ECB reference rate of each project's start date";

    public static IReadOnlyList<KpiTile> For(QuarterView current, QuarterView? previous)
    {
        var q = current.Quarter;
        decimal Total(SnapshotContent content, string id) => content.Kpi(id)?.Rows.Sum(r => r.Value) ?? 0m;
        decimal? Single(SnapshotContent content, string id) => content.Kpi(id) is { Rows.Count: > 0 } kpi ? kpi.Rows[0].Value : null;
        decimal? NewThis(SnapshotContent content) => content.Kpi("new-pm-projects")?.Rows.FirstOrDefault(r => r.Key[0] == "this quarter")?.Value;
        KpiTile Tile(string label, decimal now, decimal? before, Func<decimal, string> format, string link, string note) =>
            new(label, format(now), Delta(now, before, format), Direction(now, before), link, note);
        var p = previous?.Content;
        // Beside every money total: how many of the PM projects it counts have no amount.
        string Missing(string id) => current.Content.Kpi(id)?.MissingAmounts is { } m ? "; " + m.Text : "";
        var newKey = current.Content.Kpi("new-pm-projects") is { Rows.Count: > 0 } newKpi ? newKpi.Rows[0].Key : ["this quarter", q.ToString()];
        return
        [
            Tile("PM funding, all start years", Total(current.Content, "pm-funding-per-year"), p is null ? null : Total(p, "pm-funding-per-year"),
                EurMillions, "/explore", MoneyMethod + "; each grant once" + Missing("pm-funding-per-year")),
            Tile("PM projects", Total(current.Content, "pm-projects-per-year"), p is null ? null : Total(p, "pm-projects-per-year"),
                Count, "/explore", "projects the classifier (or an analyst) marked PM"),
            Tile($"Active PM projects in {q}", Single(current.Content, "active-pm-projects") ?? 0, p is null ? null : Single(p, "active-pm-projects"),
                Count, Links.BehindKpi(q, "active-pm-projects", []), "running on any day of the quarter"),
            Tile($"New PM projects in {q}", NewThis(current.Content) ?? 0, p is null ? null : NewThis(p),
                Count, Links.BehindKpi(q, "new-pm-projects", newKey), "starting in the quarter"),
            Tile("Median PM grant", Single(current.Content, "median-grant-size") ?? 0, p is null ? null : Single(p, "median-grant-size"),
                Eur, Links.BehindKpi(q, "median-grant-size", []), MoneyMethod + Missing("median-grant-size")),
            Tile("Transnational collaboration", Single(current.Content, "transnational-collaboration-rate") ?? 0,
                p is null ? null : Single(p, "transnational-collaboration-rate"),
                v => v.ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + " %",
                Links.BehindKpi(q, "transnational-collaboration-rate", []), "PM projects with partners in two or more countries"),
            Tile("Empty challenge x country cells", Judged(current.Content).EmptyCells.Count, p is null ? null : Judged(p).EmptyCells.Count,
                Count, "/gaps", $"countries with {Analytics.Gaps.GapMatrix.DefaultMinProjects} or more PM projects but none touching the challenge"),
            Tile("Flagged gap cells", Judged(current.Content).FlaggedCells.Count, p is null ? null : Judged(p).FlaggedCells.Count,
                Count, "/gaps", "significantly under or over the consortium-wide share"),
        ];
    }

    // Both quarters judged with the same, stated minimum (a snapshot taken before the minimum existed judged every row).
    private static Analytics.Gaps.GapMatrix Judged(Analytics.Snapshots.SnapshotContent content) =>
        content.CountryGaps.WithMinProjects(Analytics.Gaps.GapMatrix.DefaultMinProjects);
}
