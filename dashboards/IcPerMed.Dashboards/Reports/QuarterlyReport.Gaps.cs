using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    private static void Gaps(StringBuilder html, SnapshotContent content)
    {
        html.Append("<section id=\"gaps\"><h2>Gaps</h2>\n<p class=\"note\">").Append(ReportHtml.Text(GapHeatmapChart.ColourMeaning))
            .Append(" Test: ").Append(ReportHtml.Text(GapMatrix.TestDescription)).Append("</p>\n");
        foreach (var (matrix, noun) in new[] { (content.CountryGaps, "country"), (content.FunderGaps, "funder") })
        {
            ReportHtml.Chart(html, GapHeatmapChart.Create(content, matrix.Dimension));
            var names = matrix.Members.ToDictionary(m => m.Member, m => m.Name);
            var cells = matrix.Cells.Where(c => c.IsEmpty || c.Flag.Length > 0).ToList();
            html.Append(ReportHtml.Invariant($"<h3>Empty and flagged cells per {noun}</h3>"))
                .Append(ReportHtml.Invariant($"<p class=\"note\">{matrix.EmptyCells.Count} empty cell(s), {matrix.FlaggedCells.Count} flagged (alpha {matrix.Alpha.ToString(CultureInfo.InvariantCulture)}).</p>\n"));
            if (cells.Count == 0)
                continue;
            ReportHtml.Table(html, [noun == "country" ? "Country" : "Funder", "Name", "Challenge", "PM projects", "Share", "Consortium share", "Adjusted p (q)", "Empty / flag"],
                cells.Select(c => (IReadOnlyList<string>)[c.Member, names.GetValueOrDefault(c.Member, ""), ChartWords.Challenge(c.Challenge),
                    ChartWords.Number(c.Projects), ChartWords.Percent(c.Share), ChartWords.Percent(c.ConsortiumShare),
                    c.QValue.ToString("0.####", CultureInfo.InvariantCulture),
                    string.Join(", ", new[] { c.IsEmpty ? "empty" : "", c.Flag }.Where(t => t.Length > 0))]));
        }
        html.Append("</section>\n");
    }
}
