using ScottPlot;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>
/// Where a chart's tick labels and title lines landed in its last render, worked out here from ScottPlot's own geometry
/// (the data area, the axis range, each label measured in its font), not from the layout code under test, so a test can
/// say "no two labels overlap" and "every title line fits" without comparing pixels.
/// </summary>
internal static class ChartTextBoxes
{
    /// <summary>The boxes of <paramref name="axis"/>'s written tick labels, in order along the axis.</summary>
    public static IReadOnlyList<(string Label, PixelRect Box)> TickLabels(Plot plot, IAxis axis)
    {
        var data = plot.LastRender.DataRect;
        var style = axis.TickLabelStyle;
        var (min, max) = (axis.Range.Min, axis.Range.Max);
        var sideways = Math.Abs(Math.Abs(style.Rotation) - 90) < 0.1;
        var boxes = new List<(string, PixelRect)>();
        foreach (var tick in axis.TickGenerator.Ticks.Where(t => !string.IsNullOrEmpty(t.Label)).OrderBy(t => t.Position))
        {
            var size = Measure(tick.Label, style.FontName, style.FontSize, style.Bold);
            var (along, across) = sideways ? (size.Height, size.Width) : axis is IXAxis ? (size.Width, size.Height) : (size.Height, size.Width);
            var fraction = (float)((tick.Position - min) / (max - min));
            boxes.Add(axis is IXAxis
                ? (tick.Label, new PixelRect(data.Left + fraction * data.Width - along / 2, data.Left + fraction * data.Width + along / 2, data.Bottom + across, data.Bottom))
                : (tick.Label, new PixelRect(data.Left - across, data.Left, data.Bottom - fraction * data.Height + along / 2, data.Bottom - fraction * data.Height - along / 2)));
        }
        return boxes;
    }

    /// <summary>Pairs of neighbouring labels whose boxes overlap along the axis, as "A/B".</summary>
    public static IReadOnlyList<string> Overlaps(IReadOnlyList<(string Label, PixelRect Box)> boxes, bool horizontal)
    {
        var ordered = horizontal ? boxes.OrderBy(b => b.Box.Left).ToList() : boxes.OrderBy(b => b.Box.Top).ToList();
        return [.. ordered.Zip(ordered.Skip(1)).Where(p => horizontal ? p.First.Box.Right > p.Second.Box.Left : p.First.Box.Bottom > p.Second.Box.Top)
            .Select(p => $"{p.First.Label}/{p.Second.Label}")];
    }

    /// <summary>The width of every line of the title as drawn (bold, its size), and the room ScottPlot centres it in.</summary>
    public static (IReadOnlyList<(string Line, float Width)> Lines, float Room) Title(Plot plot)
    {
        var label = plot.Axes.Title.Label;
        var lines = label.Text.Split('\n').Select(l => (l, Measure(l, label.FontName, label.FontSize, label.Bold).Width)).ToList();
        // FullFigureCenter: between the figure's left edge and the data area's right edge (ScottPlot's TitlePanel.Render).
        return (lines, plot.LastRender.DataRect.Right - plot.LastRender.FigureRect.Left);
    }

    private static PixelSize Measure(string text, string fontName, float fontSize, bool bold)
    {
        var style = new LabelStyle { Text = text, FontName = fontName, FontSize = fontSize, Bold = bold };
        using var paint = Paint.NewDisposablePaint();
        return style.Measure(paint).Size;
    }
}
