using IcPerMed.Analytics.Gaps;
using IcPerMed.Dashboards.Charts;
using ScottPlot.Plottables;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

public sealed class GapHeatmapChartTests
{
    [Fact]
    public void Colours_each_cell_by_its_share_against_the_consortium_and_marks_empty_and_flagged_cells()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        var heatmap = chart.Plot.GetPlottables().OfType<Heatmap>().Single();
        // Columns DE (10 projects), then FR and NO (5 each, by code); row 0 is c1. DE c3: 8/10 against 0.4 → 2 (capped).
        Assert.Equal(2, heatmap.Intensities[2, 0], 6);
        Assert.Equal(1, heatmap.Intensities[0, 0], 6);   // DE c1: 2/10 against 0.2
        Assert.Equal(0, heatmap.Intensities[3, 1], 6);   // FR c4: empty
        var marks = chart.Plot.GetPlottables().OfType<Text>().Select(t => (t.LabelText, t.Location.X, t.Location.Y)).ToList();
        // y = 4 - row: c3 is at y = 2, c4 at y = 1.
        Assert.Contains(("▲", 0d, 2d), marks);
        Assert.Contains(("×▼", 1d, 2d), marks); // FR c3: empty and flagged under
        Assert.Equal([(0d, 1d), (1d, 1d)], marks.Where(m => m.LabelText == "×").Select(m => (m.X, m.Y)));
        Assert.Contains("Colour", GapHeatmapChart.ColourMeaning, StringComparison.Ordinal);
    }

    [Fact]
    public void Alt_text_counts_empty_and_flagged_cells_and_table_cells_drill_to_the_gap()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        Assert.Contains("Heatmap of 3 countries by 5 challenges", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("3 empty cells", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("2 flagged (1 under-represented, 1 over-represented)", chart.AltText, StringComparison.Ordinal);
        Assert.Equal("Action Plan challenge", chart.YLabel);
        var de = chart.Table.Rows[0];
        Assert.Equal(new ChartCell("8 (80 % vs 40 %) ▲ over", ChartDrill.Gap(GapDimension.Country, "DE", "c3")), de[5]);
        Assert.Equal("0 (0 % vs 10 %) × empty", de[6].Text);
        Assert.Contains("binomial", chart.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Funder_heatmap_reads_the_funder_matrix_and_drills_to_funder_gaps()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Create(), GapDimension.Funder);
        ChartImages.Save(chart);

        Assert.Equal("gaps-funder", chart.Id);
        Assert.Equal(ChartDrill.Gap(GapDimension.Funder, "EC", "c1"), chart.Table.Rows[0][3].Drill);
        Assert.Equal("gap:funder", chart.Table.Rows[0][3].Drill!.Kind);
    }

    [Fact]
    public void Without_pm_projects_renders_a_no_data_note()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Empty());
        ChartImages.Save(chart);

        Assert.Contains(ChartWords.NoData, chart.Plot.GetPlottables().OfType<Annotation>().Select(a => a.Text));
        Assert.Empty(chart.Plot.GetPlottables().OfType<Heatmap>());
    }
}
