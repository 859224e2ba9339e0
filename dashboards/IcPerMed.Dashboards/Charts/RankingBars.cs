using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>Horizontal bars, largest on top, each labelled with its value: the shape the country and funder rankings share.</summary>
internal static class RankingBars
{
    /// <summary>One bar: its tick label (shortened when long) and its value in the axis unit.</summary>
    public sealed record Item(string Label, double Value, string ValueText);

    public static void Draw(Plot plot, IReadOnlyList<Item> items, Color color)
    {
        // Position count-1 is the top of the axis: the largest first, as people read a ranking.
        var bars = items.Select((item, i) => new Bar
        {
            Position = items.Count - 1 - i, Value = item.Value, FillColor = color, LineWidth = 0, Label = item.ValueText,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = ChartCanvas.Font;
        plottable.ValueLabelStyle.FontSize = 11;
        ChartCanvas.CategoryTicks(plot.Axes.Left, [.. items.Select(item => ChartCanvas.Shorten(item.Label, 32)).Reverse()]);
        // Room on the right for the value labels of the longest bar.
        plot.Axes.Margins(left: 0, right: 0.18, bottom: 0.03, top: 0.03);
    }
}
