using IcPerMed.Analytics.Coverage;
using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Hatched bands over the periods no harvested source covers, so a missing period reads as "no data" and never as a
/// bar or a line at 0; lighter hatching marks periods only partly covered.
/// </summary>
internal static class NoDataBands
{
    // Short: the legend sits beside the plot and must leave it room at the email's 720 px; the method text says the rest.
    public const string NoDataLegend = "no data (no source)";
    public const string PartialLegend = "partly covered";

    /// <summary>Draws one band per run of consecutive category positions with the same coverage (other than covered).</summary>
    public static void Draw(Plot plot, IReadOnlyList<string> coverage)
    {
        var legendDone = new HashSet<string>();
        for (var i = 0; i < coverage.Count; i++)
        {
            if (coverage[i] == PeriodCoverage.Covered)
                continue;
            var state = coverage[i];
            var end = i;
            while (end + 1 < coverage.Count && coverage[end + 1] == state)
                end++;
            var noData = state == PeriodCoverage.NoData;
            var span = plot.Add.HorizontalSpan(i - 0.5, end + 0.5);
            span.FillStyle.Color = ChartPalette.Grey.WithAlpha(noData ? 0.22 : 0.08);
            span.FillStyle.Hatch = new ScottPlot.Hatches.Striped();
            span.FillStyle.HatchColor = ChartPalette.Grey.WithAlpha(noData ? 0.9 : 0.5);
            span.LineStyle.Width = 0;
            if (legendDone.Add(state))
                span.LegendText = noData ? NoDataLegend : PartialLegend;
            i = end;
        }
    }
}
