using IcPerMed.Dashboards.Charts;
using ScottPlot.Plottables;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>A period no source covers is drawn as a hatched "no data" band, never as a bar or a line at 0.</summary>
public sealed class NoDataChartTests
{
    [Fact]
    public void Funding_per_year_hatches_an_uncovered_year_and_draws_no_bar_there()
    {
        var chart = FundingPerYearChart.Create(SampleContent.WithGap());
        ChartImages.Save(chart);

        // Years 2021 .. 2025 at positions 0 .. 4; 2023 (position 2) is covered by no source, 2022 (1) only in part.
        var spans = chart.Plot.GetPlottables().OfType<HorizontalSpan>().ToList();
        Assert.Equal([(1.5, 2.5, "no data (no source)"), (0.5, 1.5, "partly covered")],
            spans.Select(s => (s.X1, s.X2, s.LegendText)).OrderByDescending(s => s.X1));
        var bars = chart.Plot.GetPlottables().OfType<BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.DoesNotContain(bars, b => b.Position == 2 && b.Value > b.ValueBase);
        Assert.Equal(2.0, bars.Where(b => b.Position == 0).Max(b => b.Value), 6);
        Assert.Equal("no data", chart.Table.Rows[2][^1].Text);
        Assert.Contains("No source covers 2023: no data there, not zero.", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_trends_break_their_lines_at_uncovered_quarters_and_say_why_there_is_no_forecast()
    {
        var chart = ChallengeTrendChart.Create(SampleContent.WithGap());
        ChartImages.Save(chart);

        // c3: 2024Q1 alone, then 2024Q4 .. 2025Q4: two lines, none through 2024Q2 or 2024Q3 (positions 1 and 2).
        var c3 = chart.Plot.GetPlottables().OfType<Scatter>().Where(s => s.Color == ChartPalette.Challenge("c3")).ToList();
        Assert.Equal([[0.0], [3.0, 4.0, 5.0, 6.0, 7.0]], c3.Select(s => s.Data.GetScatterPoints().Select(p => p.X).ToArray()));
        Assert.Single(chart.Plot.GetPlottables().OfType<HorizontalSpan>(), s => s.X1 == 0.5 && s.X2 == 2.5);
        Assert.Empty(chart.Plot.GetPlottables().OfType<VerticalLine>());
        Assert.Contains("No forecast: not enough covered quarters: 6 of 8 needed.", chart.Method, StringComparison.Ordinal);
        Assert.Equal("no data", chart.Table.Rows[1][1].Text);
    }
}
