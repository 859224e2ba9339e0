using System.Text;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    /// <summary>
    /// What changed since the previous quarter's snapshot, from the one change model (<see cref="SnapshotChanges"/>):
    /// the summary, the largest moves in PM funding as sentences, and what the numbers rest on when that changed.
    /// </summary>
    private static void Changes(StringBuilder html, SnapshotChanges changes)
    {
        html.Append("<section id=\"changes\"><h2>What changed</h2>\n")
            .Append("<p class=\"summary\">").Append(ReportHtml.Text(changes.Summary)).Append("</p>\n");
        if (changes.Before is not null)
        {
            if (changes.Movers.Count == 0)
                html.Append("<p>").Append(ReportHtml.Text(changes.NothingMoved)).Append("</p>\n");
            else
            {
                html.Append("<ul class=\"changes\">\n");
                foreach (var move in changes.Top())
                    html.Append("<li>").Append(ReportHtml.Text(move.Text)).Append("</li>\n");
                html.Append("</ul>\n");
            }
            if (changes.NotShown() > 0)
                html.Append(ReportHtml.Invariant(
                    $"<p class=\"note\">The {SnapshotChanges.Shown} largest moves are listed; {changes.NotShown()} smaller ones are not (icpermed snapshot compare {changes.Before.Id} {changes.After.Id} lists them all).</p>\n"));
            html.Append("<p class=\"note\">Moves are in PM funding (EUR, each grant split across its challenges and countries), ")
                .Append("snapshot against snapshot; a move said for a challenge within a country is not repeated for the challenge or the country alone.</p>\n");
            if (changes.Basis.Count > 0)
                html.Append("<p class=\"note\">What the numbers rest on changed: ").Append(ReportHtml.Text(string.Join("; ", changes.Basis))).Append(".</p>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>
    /// Corrections made after the snapshot are not in its numbers: said as "changed since the snapshot" (with what and
    /// by whom), so a reader does not take the next quarter's difference for growth.
    /// </summary>
    private static void LaterCorrections(StringBuilder html, KpiSnapshot snapshot, IReadOnlyList<LaterCorrection> corrections)
    {
        if (corrections.Count == 0)
            return;
        html.Append(ReportHtml.Invariant($"<p class=\"note\" id=\"changed-since-snapshot\"><strong>Changed since the snapshot:</strong> {corrections.Count} analyst correction(s) made after {ReportHtml.Text(snapshot.Label())} are not in these numbers: "))
            .AppendJoin("; ", corrections.Select(c => ReportHtml.Text(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{c.Source} {c.SourceId} “{c.Title}” now {(c.Pm ? "PM" + (c.Challenges.Count > 0 ? ", " + string.Join(" ", c.Challenges) : "") : "not PM")} ({c.Analyst}, {c.CorrectedAt.ToUniversalTime():yyyy-MM-dd HH:mm}Z)"))))
            .Append(".</p>\n");
    }
}
