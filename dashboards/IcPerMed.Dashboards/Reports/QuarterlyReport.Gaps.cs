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
            .Append(" Test: ").Append(ReportHtml.Text(GapMatrix.TestDescription)).Append(' ').Append(ReportHtml.Text(GapMatrix.FundingDescription))
            .Append("</p>\n");
        foreach (var (stored, noun) in new[] { (content.CountryGaps, "country"), (content.FunderGaps, "funder") })
        {
            // Judged with the stated minimum, as the heatmap drawn above the table and the Gaps page.
            var matrix = stored.WithMinProjects(GapMatrix.DefaultMinProjects);
            ReportHtml.Chart(html, ChartRegistry.Create(GapHeatmapChart.IdOf(matrix.Dimension), content));
            var names = matrix.Members.ToDictionary(m => m.Member, m => m.Name);
            var withoutChallenge = matrix.Members.Sum(m => m.FundingWithoutChallenge ?? 0m);
            html.Append(ReportHtml.Invariant($"<h3>Empty and flagged cells per {noun}</h3>"))
                .Append("<p class=\"note\">").Append(ReportHtml.Text($"{matrix.Summary()} (alpha {matrix.Alpha.ToString(CultureInfo.InvariantCulture)}). " +
                    $"EUR in the cells {ChartWords.Eur(matrix.FundingInCells)} + in PM projects touching no challenge {ChartWords.Eur(withoutChallenge)} = " +
                    $"{ChartWords.Eur(matrix.FundingInCells + withoutChallenge)}; the rows' PM funding: {ChartWords.Eur(matrix.Members.Sum(m => m.Funding))}."))
                .Append("</p>\n");
            if (matrix.TooFewMembers.Count > 0)
                html.Append("<p class=\"note\">").Append(ReportHtml.Text(matrix.TooFewDescription + " " +
                    string.Join(", ", matrix.TooFewMembers.Select(m => $"{m.Member} ({ChartWords.Number(m.Projects)})")) + ".")).Append("</p>\n");
            var cells = matrix.Cells.Where(c => c.IsEmpty || c.Flag.Length > 0).ToList();
            if (cells.Count == 0)
                continue;
            ReportHtml.Table(html, [noun == "country" ? "Country" : "Funder", "Name", "Challenge", "PM projects", "EUR (apportioned)", "Share", "Consortium share", "Adjusted p (q)", "Empty / flag"],
                cells.Select(c => (IReadOnlyList<string>)[c.Member, names.GetValueOrDefault(c.Member, ""), ChartWords.Challenge(c.Challenge),
                    ChartWords.Number(c.Projects), ChartWords.Eur(c.FundingApportioned), ChartWords.Percent(c.Share), ChartWords.Percent(c.ConsortiumShare),
                    c.QValue.ToString("0.####", CultureInfo.InvariantCulture),
                    string.Join(", ", new[] { c.IsEmpty ? "empty" : "", c.Flag }.Where(t => t.Length > 0))]));
        }
        html.Append("</section>\n");
    }
}
