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

        Assert.Contains("Heatmap of 3 countries by 5 challenges: 3 judged and 0 too few to judge", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("3 empty cells", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("2 flagged (1 under-represented, 1 over-represented)", chart.AltText, StringComparison.Ordinal);
        Assert.Equal("Action Plan challenge", chart.YLabel);
        var de = chart.Table.Rows[0];
        // Sample cells hold EUR 50,000 apportioned per project: DE c3's 8 projects EUR 400,000.
        Assert.Equal("EUR 10,000,000", de[3].Text);
        Assert.Equal(new ChartCell("8, EUR 400,000 (80 % vs 40 %) ▲ over", ChartDrill.Gap(GapDimension.Country, "DE", "c3")), de[6]);
        Assert.Equal("0, EUR 0 (0 % vs 10 %) × empty", de[7].Text);
        Assert.Contains("binomial", chart.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Funder_heatmap_reads_the_funder_matrix_and_drills_to_funder_gaps()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Create(), GapDimension.Funder);
        ChartImages.Save(chart);

        Assert.Equal("gaps-funder", chart.Id);
        Assert.Equal(ChartDrill.Gap(GapDimension.Funder, "EC", "c1"), chart.Table.Rows[0][4].Drill);
        Assert.Equal("gap:funder", chart.Table.Rows[0][4].Drill!.Kind);
    }

    [Fact]
    public void Members_too_few_to_judge_are_grey_unmarked_and_named_so()
    {
        // A minimum of 6 PM projects leaves DE (10) judged; FR and NO (5 each) are too few to judge.
        var chart = GapHeatmapChart.Create(SampleContent.Create(), GapDimension.Country, minProjects: 6);
        ChartImages.Save(chart);

        // One grey block over FR and NO's columns (x 0.5 to 2.5), all five rows; DE's column keeps its colours.
        var block = chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Rectangle>().Single();
        Assert.Equal((GapHeatmapChart.TooFewColour, 0.5, 2.5, -0.5, 4.5),
            (block.FillColor, block.CoordinateRect.Left, block.CoordinateRect.Right, block.CoordinateRect.Bottom, block.CoordinateRect.Top));
        Assert.Equal(2, chart.Plot.GetPlottables().OfType<Heatmap>().Single().Intensities[2, 0], 6);
        var texts = chart.Plot.GetPlottables().OfType<Text>().Select(t => (t.LabelText, t.Location.X)).ToList();
        // FR c3 and c4 (empty, flagged under) and NO c4 (empty) lose their marks; DE's stay.
        Assert.DoesNotContain(texts, t => t.X > 0.5 && t.LabelText != GapHeatmapChart.TooFewLabel);
        Assert.Contains((GapHeatmapChart.TooFewLabel, 1.5), texts);
        Assert.Contains("1 judged and 2 too few to judge (fewer than 6 PM projects, grey); 1 empty cell", chart.AltText, StringComparison.Ordinal);
        Assert.Equal("France (too few to judge)", chart.Table.Rows[1][1].Text);
        Assert.Equal("0, EUR 0 (too few to judge)", chart.Table.Rows[1][6].Text);
    }

    [Fact]
    public void Svg_draws_one_flat_rectangle_per_cell_and_no_stretched_bitmap()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Create());
        var svg = chart.ToSvg();
        Directory.CreateDirectory(IcPerMed.Tests.Support.TestPaths.Repo("test-images"));
        File.WriteAllText(IcPerMed.Tests.Support.TestPaths.Repo(Path.Combine("test-images", nameof(Svg_draws_one_flat_rectangle_per_cell_and_no_stretched_bitmap) + ".svg")), svg);

        // A bitmap of one pixel per cell, stretched, is what SVG viewers smoothed into a blur: none may be left but the
        // colour bar's gradient. Each of the 15 cells is its own filled rectangle of one of the colours the scale gives.
        var images = System.Text.RegularExpressions.Regex.Count(svg, "<image ");
        Assert.True(images <= 1, $"{images} bitmaps in the SVG; only the colour bar may be one");
        var heatmap = chart.Plot.GetPlottables().OfType<Heatmap>().Single();
        var cells = System.Text.RegularExpressions.Regex.Matches(svg, "<rect fill=\"([^\"]+)\" x=")
            .Select(m => m.Groups[1].Value == "white" ? "#FFFFFF" : m.Groups[1].Value.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
        var expected = new List<string>();
        for (var row = 0; row < 5; row++)
            for (var column = 0; column < 3; column++)
                expected.Add(ChartPalette.GapColormap.GetColor(heatmap.Intensities[row, column] / 2).ToHex()[..7].ToUpperInvariant());
        Assert.Equal(expected.Order(StringComparer.Ordinal), cells);
    }

    [Fact]
    public void A_matrix_where_every_member_is_too_few_to_judge_still_draws()
    {
        var chart = GapHeatmapChart.Create(SampleContent.Create(), GapDimension.Country, minProjects: 100);
        ChartImages.Save(chart);

        Assert.Contains("0 judged and 3 too few to judge", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("<rect fill=\"#BDBDBD\"", chart.ToSvg(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Many_members_are_all_drawn_and_counted_in_the_alt_text()
    {
        // Labels at each size: ChartTextLayoutTests.
        var chart = GapHeatmapChart.Create(ChartTextLayoutTests.ThirtySevenCountries());
        ChartImages.Save(chart);

        Assert.Equal(37, chart.Plot.GetPlottables().OfType<Heatmap>().Single().Intensities.GetLength(1));
        Assert.Contains("37 countries by 5 challenges: 27 judged and 10 too few to judge", chart.AltText, StringComparison.Ordinal);
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
