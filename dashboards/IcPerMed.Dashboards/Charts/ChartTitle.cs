using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// A chart title broken onto lines that fit the width the chart is drawn at, measured with the title's own font: ScottPlot
/// draws a title on one line and clips what does not fit (the 600-pixel email cut "consortium" to "consortiun").
/// </summary>
public static class ChartTitle
{
    /// <summary>Room left free at each side of a title line, in pixels.</summary>
    public const float SideMargin = 8;

    /// <summary>
    /// Sets <paramref name="plot"/>'s title to <paramref name="title"/> wrapped for a <paramref name="width"/> x
    /// <paramref name="height"/> figure. ScottPlot centres a title over the data area, or with FullFigureCenter between the
    /// figure's left edge and the data area's right edge (a legend or colour bar at the right is not room for it); the
    /// latter is wider, so the title takes it and is wrapped to it, measured from a render at this size.
    /// </summary>
    public static void Fit(Plot plot, string title, int width, int height)
    {
        plot.Axes.Title.FullFigureCenter = true;
        var label = plot.Axes.Title.Label;
        label.Text = title;
        plot.RenderInMemory(width, height);
        label.Text = string.Join('\n', Lines(title, label, Room(plot)));
    }

    /// <summary>The width a title line may take in the last render: the figure's left edge to the data area's right, less margins.</summary>
    public static float Room(Plot plot) => plot.LastRender.DataRect.Right - plot.LastRender.FigureRect.Left - 2 * SideMargin;

    /// <summary>
    /// The words of <paramref name="title"/> on as few lines as fit <paramref name="maxWidth"/> in <paramref name="style"/>'s
    /// font; a single word wider than that stays whole on its own line.
    /// </summary>
    public static IReadOnlyList<string> Lines(string title, LabelStyle style, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(longer, style) > maxWidth)
            {
                lines.Add(line);
                longer = word;
            }
            line = longer;
        }
        if (line.Length > 0)
            lines.Add(line);
        return lines;
    }

    /// <summary>The width of one line of text in <paramref name="style"/>'s font and size, in pixels.</summary>
    public static float Width(string text, LabelStyle style)
    {
        var probe = new LabelStyle { Text = text, FontName = style.FontName, FontSize = style.FontSize, Bold = style.Bold };
        using var paint = Paint.NewDisposablePaint();
        return probe.Measure(paint).Width;
    }
}
