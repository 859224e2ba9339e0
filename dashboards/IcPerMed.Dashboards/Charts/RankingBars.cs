using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>Horizontal bars, largest on top, each labelled with its value: the shape the country and funder rankings share.</summary>
internal static class RankingBars
{
    /// <summary>One bar: its tick label (shortened when long), its value in the axis unit, and where its projects are.</summary>
    public sealed record Item(string Label, double Value, string ValueText, ChartDrill? Drill = null, string Spoken = "");

    /// <summary>Draws the bars and returns where each leads: the bar's whole row, so a short bar is as easy to hit as a long one.</summary>
    public static IReadOnlyList<ChartHotspot> Draw(Plot plot, IReadOnlyList<Item> items, Color color)
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
        var longest = items.Max(item => item.Value);
        return [.. items.Select((item, i) => item.Drill is { } drill
                ? new ChartHotspot(drill, item.Spoken, 0, longest, items.Count - 1 - i - 0.45, items.Count - 1 - i + 0.45) : null)
            .OfType<ChartHotspot>()];
    }
}
