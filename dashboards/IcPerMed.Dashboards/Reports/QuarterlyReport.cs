using System.Text;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

/// <summary>
/// The quarterly report for the ICPerMed Executive Committee: one self-contained HTML file (charts inline as PNG, style
/// inline, no script, nothing fetched) that prints to A4. Built from a snapshot so the numbers are the frozen ones.
/// </summary>
public static partial class QuarterlyReport
{
    /// <summary>The report's file name for a quarter: <c>icpermed-report-2026Q3.html</c>.</summary>
    public static string FileName(Analytics.Model.Quarter quarter) => $"icpermed-report-{quarter}.html";

    /// <summary>Renders the report.</summary>
    /// <param name="snapshot">The quarter's snapshot.</param>
    /// <param name="previous">The previous quarter's snapshot to compare with, or null when there is none.</param>
    /// <param name="sources">What the warehouse holds of each source (<see cref="Analytics.Status.WarehouseStatus.GetSourceStatusAsync"/>).</param>
    /// <param name="yearBefore">The same quarter's snapshot a year earlier, or null when there is none.</param>
    /// <param name="laterCorrections">Analysts' corrections made after the snapshot: named as changed since it, not in its numbers.</param>
    public static string Render(KpiSnapshot snapshot, KpiSnapshot? previous, IReadOnlyList<SourceStatus> sources, KpiSnapshot? yearBefore = null,
        IReadOnlyList<LaterCorrection>? laterCorrections = null)
    {
        var html = new StringBuilder();
        var content = snapshot.Content;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append(ReportHtml.Invariant($"<title>ICPerMed personalised-medicine funding report {snapshot.Quarter}</title>"))
            .Append("<style>").Append(ReportStyle.Css).Append("</style></head><body>\n")
            .Append(ReportHtml.Invariant($"<h1>Personalised-medicine research funding: {snapshot.Quarter}</h1>"))
            .Append(ReportHtml.Invariant($"<p class=\"subtitle\">ICPerMed Executive Committee report from {ReportHtml.Text(snapshot.Label())} ({snapshot.TakenAt.ToUniversalTime():HH:mm} UTC). "))
            .Append("Money: ").Append(ReportHtml.Text(ChartWords.Money)).Append(".</p>\n");
        LaterCorrections(html, snapshot, laterCorrections ?? []);
        HeadlineSection(html, snapshot, previous, yearBefore);
        Gaps(html, content);
        Trends(html, content);
        Changes(html, SnapshotChanges.Between(previous, snapshot));
        Coverage(html, snapshot, sources);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Writes the report into <paramref name="directory"/> through a temporary file and a rename, so a reader never sees half a file.</summary>
    /// <returns>The report's full path.</returns>
    public static async Task<string> WriteAsync(string directory, KpiSnapshot snapshot, KpiSnapshot? previous, IReadOnlyList<SourceStatus> sources,
        KpiSnapshot? yearBefore, IReadOnlyList<LaterCorrection> laterCorrections, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, FileName(snapshot.Quarter)));
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, Render(snapshot, previous, sources, yearBefore, laterCorrections), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
