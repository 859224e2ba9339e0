using IcPerMed.Analytics.Gaps;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Emails;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>
/// Text stays legible at the size a chart is drawn: no two tick labels overlap and every title line fits, at the page's
/// 960 pixels and the email's 600 (issue 19: the email heatmap's country labels ran together and its title lost its end).
/// </summary>
public sealed class ChartTextLayoutTests
{
    private static readonly string[] Challenges = ["c1", "c2", "c3", "c4", "c5"];

    public static TheoryData<GapHeatmapOrientation, int, int> Sizes => new()
    {
        { GapHeatmapOrientation.ChallengesAsRows, 960, 480 },
        { GapHeatmapOrientation.ChallengesAsRows, 600, 360 },
        { GapHeatmapOrientation.MembersAsRows, QuarterlyKpiEmail.Width, 200 + 37 * GapHeatmapChart.RowPixels },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Heatmap_tick_labels_never_overlap_and_the_title_fits(GapHeatmapOrientation orientation, int width, int height)
    {
        var chart = GapHeatmapChart.Create(ThirtySevenCountries(), GapDimension.Country, orientation: orientation);
        ChartImages.Save(chart, width, height, $"Heatmap_text_{orientation}_{width}x{height}");

        var bottom = ChartTextBoxes.TickLabels(chart.Plot, chart.Plot.Axes.Bottom);
        var left = ChartTextBoxes.TickLabels(chart.Plot, chart.Plot.Axes.Left);
        Assert.Empty(ChartTextBoxes.Overlaps(bottom, horizontal: true));
        Assert.Empty(ChartTextBoxes.Overlaps(left, horizontal: false));
        Assert.All(bottom, b => Assert.True(b.Box.Left >= 0 && b.Box.Right <= width && b.Box.Top <= height, $"{b.Label} leaves the figure: {b.Box}"));
        Assert.All(left, b => Assert.True(b.Box.Left >= 0, $"{b.Label} leaves the figure: {b.Box}"));
        // Every member is written where the figure has room for one per row or column (members as rows; the 960-pixel page).
        if (orientation == GapHeatmapOrientation.MembersAsRows || width == 960)
            Assert.Equal(37, (orientation == GapHeatmapOrientation.MembersAsRows ? left : bottom).Count);
        AssertTitleFits(chart, "Challenge coverage per country against the consortium");
    }

    [Fact]
    public void The_email_heatmap_has_a_row_per_country_and_labels_read_upright()
    {
        var content = ThirtySevenCountries();
        var (chart, width, height) = QuarterlyKpiEmail.Charts(content)[1];
        ChartImages.Save(chart, width, height, "Email_heatmap");

        Assert.Equal((600, 37 * 16 + 200), (width, height));
        Assert.Equal(0, chart.Plot.Axes.Left.TickLabelStyle.Rotation);
        Assert.Equal(0, chart.Plot.Axes.Bottom.TickLabelStyle.Rotation);
        // The largest member is the top row: AA (40 PM projects) at y = 36, the last judged row above the grey block.
        Assert.Equal("AA", chart.Plot.Axes.Left.TickGenerator.Ticks.Single(t => t.Position == 36).Label);
        var block = chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Rectangle>().Single();
        Assert.Equal((-0.5, 4.5, -0.5, 9.5), (block.CoordinateRect.Left, block.CoordinateRect.Right, block.CoordinateRect.Bottom, block.CoordinateRect.Top));
        // Challenge names break onto lines under their column instead of running into the next.
        Assert.Contains(chart.Plot.Axes.Bottom.TickGenerator.Ticks, t => t.Label.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_wider_than_the_room_beside_a_legend_wraps_onto_lines_of_whole_words()
    {
        // At 600 pixels the legend takes the right third: the funding chart's title has less than 400 pixels to be centred in.
        var chart = FundingPerYearChart.Create(SampleContent.Create());
        ChartImages.Save(chart, 600, 360, "Funding_title_at_email_width");

        var lines = AssertTitleFits(chart, FundingPerYearChart.Title);
        Assert.True(lines.Count > 1, $"one line: {string.Join(" | ", lines)}");
        ChartImages.Save(chart, 960, 480, "Funding_title_on_the_page");
        Assert.Single(AssertTitleFits(chart, FundingPerYearChart.Title));
    }

    private static IReadOnlyList<string> AssertTitleFits(DashboardChart chart, string title)
    {
        var (lines, room) = ChartTextBoxes.Title(chart.Plot);
        Assert.All(lines, l => Assert.True(l.Width <= room, $"'{l.Line}' is {l.Width:F0} px in a room of {room:F0}"));
        Assert.Equal(title, string.Join(' ', lines.Select(l => l.Line)));
        return [.. lines.Select(l => l.Line)];
    }

    /// <summary>37 countries as in the bundled sample: 27 with 3 to 40 PM projects, 10 with 1 or 2 (too few to judge).</summary>
    internal static Analytics.Snapshots.SnapshotContent ThirtySevenCountries()
    {
        var codes = Enumerable.Range(0, 37).Select(i => $"{(char)('A' + i / 26)}{(char)('A' + i % 26)}").ToList();
        var members = codes.Select((code, i) => new GapMember(code, code, i < 27 ? 40 - i : 1 + i % 2, 1_000_000m)).ToList();
        var cells = members.SelectMany(m => Challenges.Select((c, j) => new GapCell(m.Member, c, (m.Projects + j) % 4,
            0m, 0m, (double)((m.Projects + j) % 4) / m.Projects, 0.1 * (j + 1), 0, 0, 0.5, 0.5, ""))).ToList();
        return SampleContent.Create() with { CountryGaps = new GapMatrix(GapDimension.Country, SampleContent.Quarter, Challenges, members, cells, 0.05) };
    }
}
