using System.Text;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    /// <summary>Changes listed at most; the rest are counted (snapshot compare lists them all).</summary>
    public const int MaxChangesListed = 200;

    private static void Changes(StringBuilder html, KpiSnapshot snapshot, KpiSnapshot? previous)
    {
        html.Append("<section id=\"changes\"><h2>What changed</h2>\n");
        if (previous is null)
        {
            html.Append(ReportHtml.Invariant($"<p>No snapshot of {snapshot.Quarter.Previous} to compare with.</p></section>\n"));
            return;
        }
        var changes = SnapshotComparison.Compare(previous, snapshot);
        html.Append(ReportHtml.Invariant($"<p>{changes.Count} change(s) from snapshot {previous.Id} of {previous.Quarter} to snapshot {snapshot.Id} of {snapshot.Quarter}"))
            .Append(changes.Count > MaxChangesListed
                ? ReportHtml.Invariant($"; the first {MaxChangesListed} are listed (icpermed snapshot compare {previous.Id} {snapshot.Id} lists all).</p>\n")
                : ".</p>\n");
        if (changes.Count > 0)
            ReportHtml.Table(html, ["Area", "Item", "What", "Before", "After"],
                changes.Take(MaxChangesListed).Select(c => (IReadOnlyList<string>)[c.Area, c.Item, c.What, c.Before, c.After]));
        html.Append("</section>\n");
    }
}
