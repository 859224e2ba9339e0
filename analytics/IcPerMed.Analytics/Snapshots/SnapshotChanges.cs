using System.Globalization;
using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// What changed from one snapshot to another, as the Executive Committee reads it: PM funding overall, the largest
/// moves in EUR by challenge, country and funder (names, not ids; no zero lines; each change once), and what the
/// numbers rest on when that changed. Always two stored snapshots: without an earlier one there is one sentence saying
/// so (<see cref="Summary"/>), never a comparison with live numbers. The web overview, the report, the email and
/// <c>icpermed snapshot compare</c> all render this one model.
/// </summary>
/// <param name="After">The later snapshot.</param>
/// <param name="Before">The earlier snapshot (normally the previous quarter's newest), or null when there is none.</param>
/// <param name="Overall">PM funding overall, before and after; null without an earlier snapshot.</param>
/// <param name="Movers">Every move, largest first; renderers show the first few (<see cref="Top"/>).</param>
/// <param name="Basis">Changes in what the numbers rest on (model, exchange rates, label scheme, harvests), in words.</param>
public sealed record SnapshotChanges(KpiSnapshot After, KpiSnapshot? Before, ChangeSentence? Overall, long? ProjectsBefore, long ProjectsAfter,
    IReadOnlyList<ChangeSentence> Movers, IReadOnlyList<string> Basis)
{
    /// <summary>How many moves a report, page or email lists; the rest are counted.</summary>
    public const int Shown = 10;

    /// <summary>The changes from <paramref name="before"/> (null: there is no earlier snapshot) to <paramref name="after"/>.</summary>
    public static SnapshotChanges Between(KpiSnapshot? before, KpiSnapshot after)
    {
        var projectsAfter = Projects(after.Content);
        if (before is null)
            return new SnapshotChanges(after, null, null, null, projectsAfter, [], []);
        var overall = new ChangeSentence(null, null, null, "overall", Funding(before.Content), Funding(after.Content));
        // A move as large as the whole change is the whole change said again: the summary says where it was instead.
        var movers = FundingMovers.Between(before.Content, after.Content);
        var whole = movers.Where(m => Math.Abs(m.Change - overall.Change) < 1m && Math.Abs(overall.Change) >= 1m).ToList();
        if (whole.Count > 0)
            overall = overall with { Where = whole.MaxBy(m => (m.Challenge is null ? 0 : 1) + (m.Country is null ? 0 : 1) + (m.Funder is null ? 0 : 1))!.FullSubject };
        var basis = SnapshotComparison.ProvenanceChanges(before.Provenance, after.Provenance)
            .Select(c => $"{c.Item}: {(c.Before.Length == 0 ? "none" : c.Before)} → {(c.After.Length == 0 ? "none" : c.After)}").ToList();
        return new SnapshotChanges(after, before, overall, Projects(before.Content), projectsAfter, [.. movers.Except(whole)], basis);
    }

    /// <summary>The moves listed: the <paramref name="count"/> largest.</summary>
    public IReadOnlyList<ChangeSentence> Top(int count = Shown) => [.. Movers.Take(count)];

    /// <summary>How many moves <see cref="Top"/> leaves out.</summary>
    public int NotShown(int count = Shown) => Math.Max(0, Movers.Count - count);

    /// <summary>What is compared with what: "2026Q2 (snapshot 1 as of 2026-06-30, taken 2026-12-06)".</summary>
    public string Since => Before is null ? "" : $"{Before.Quarter} ({Before.Label()})";

    /// <summary>
    /// The one sentence every view starts with: that there is nothing to compare with, or what happened to PM funding
    /// overall and to the number of PM projects.
    /// </summary>
    public string Summary
    {
        get
        {
            if (Before is null || Overall is null)
                return $"No snapshot of {After.Quarter.Previous} to compare with; changes start next quarter.";
            var projects = ProjectsBefore == ProjectsAfter
                ? $"{Count(ProjectsAfter)} PM projects, as before"
                : $"{Count(ProjectsAfter)} PM projects against {Count(ProjectsBefore ?? 0)}";
            var funding = Math.Abs(Overall.Change) < 1m
                ? $"PM funding overall did not change ({ChangeSentence.Eur(Overall.After)})."
                : Overall.Text;
            return $"Since {Since}: {funding[..^1]}; {projects}.";
        }
    }

    /// <summary>
    /// Said when no challenge, country or funder moved, with why when the data says so: no PM project starts after
    /// the earlier quarter (the newest start quarter of the later snapshot's trends).
    /// </summary>
    public string NothingMoved
    {
        get
        {
            const string nothing = "No PM funding moved by challenge, country or funder";
            var newest = After.Content.Trends.Quarterly.Where(p => p.Challenge == "all" && p.Projects > 0)
                .Select(p => Model.Quarter.TryParse(p.Period, out var q) ? q : (Model.Quarter?)null).Max();
            return Before is not null && newest is { } start && start <= Before.Quarter
                ? $"{nothing}: the newest PM project in the warehouse starts in {start}, before {After.Quarter}."
                : nothing + ".";
        }
    }

    private static decimal Funding(SnapshotContent content) => content.Kpi(KpiCatalogue.PmFundingPerYear.Id)?.Rows.Sum(r => r.Value) ?? 0m;

    private static long Projects(SnapshotContent content) => (long)(content.Kpi(KpiCatalogue.PmProjectsPerYear.Id)?.Rows.Sum(r => r.Value) ?? 0m);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
