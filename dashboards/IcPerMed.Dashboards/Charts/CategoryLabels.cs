using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Category tick labels that never overlap at the size a chart is drawn: the largest font that lets every label stand
/// apart, upright on one line, else broken onto up to <see cref="MaxLines"/> lines, else (bottom axis) turned on its side,
/// and only when even the smallest font is too big, every second (third, ...) label. The data table names every category.
/// </summary>
public static class CategoryLabels
{
    public const float LargestFont = 11;
    public const float SmallestFont = 8;

    /// <summary>Lines a label may be broken onto (at its spaces).</summary>
    public const int MaxLines = 3;

    /// <summary>Free pixels between neighbouring labels.</summary>
    public const float Gap = 2;

    /// <summary>Sets <paramref name="axis"/>'s ticks to <paramref name="labels"/> (one per category 0, 1, ...) laid out for a figure of that size.</summary>
    public static void Fit(Plot plot, IAxis axis, IReadOnlyList<string> labels, int width, int height)
    {
        var bottom = axis is IXAxis;
        var style = axis.TickLabelStyle;
        (style.Rotation, style.Alignment, style.FontName) = (0, bottom ? Alignment.UpperCenter : Alignment.MiddleRight, ChartCanvas.Font);
        if (bottom)
            axis.MinimumSize = 0;
        ChartCanvas.CategoryTicks(axis, labels);
        var spacing = Spacing(plot, axis, labels.Count, width, height);
        foreach (var size in Sizes())
        {
            style.FontSize = size;
            // Upright first: on one line, then (along the bottom) broken at spaces onto a few lines.
            foreach (var lines in bottom ? new[] { 1, MaxLines } : [1])
            {
                var shown = labels.Select(l => lines == 1 ? l : Wrap(l, style, bottom ? spacing - Gap : float.MaxValue)).ToList();
                var room = bottom ? shown.Max(l => Measure(l, style).Width) : shown.Max(l => Measure(l, style).Height);
                if (room + Gap <= spacing && (!bottom || shown.All(l => l.Count(c => c == '\n') < MaxLines)))
                {
                    ChartCanvas.CategoryTicks(axis, shown);
                    return;
                }
            }
            if (bottom && Measure("Hg", style).Height + Gap <= spacing)
            {
                TurnOnSide(axis, labels, style);
                return;
            }
        }
        // Even the smallest font is too big for every label: show every n-th, on its side along the bottom.
        style.FontSize = SmallestFont;
        var across = Measure("Hg", style).Height + Gap;
        var every = (int)Math.Ceiling(across / Math.Max(spacing, 1));
        if (bottom)
            TurnOnSide(axis, labels, style);
        ChartCanvas.CategoryTicks(axis, labels, every);
    }

    /// <summary>
    /// Keeps <paramref name="axis"/>'s labels upright at their font and writes every n-th (n of 1, 2, 5, 10, 20, 50, ...), the
    /// fewest left out that still stand apart at this figure size: for a run of years, where every fifth says enough.
    /// </summary>
    public static void Thin(Plot plot, IAxis axis, IReadOnlyList<string> labels, int width, int height)
    {
        ChartCanvas.CategoryTicks(axis, labels);
        var spacing = Spacing(plot, axis, labels.Count, width, height);
        var room = labels.Count == 0 ? 0 : labels.Max(l => Measure(l, axis.TickLabelStyle).Width) + Gap;
        var every = Steps().First(step => step * spacing >= room || step >= labels.Count);
        ChartCanvas.CategoryTicks(axis, labels, every);
    }

    /// <summary>The measured size of <paramref name="text"/> (lines separated by \n) in <paramref name="style"/>'s font.</summary>
    public static PixelSize Measure(string text, LabelStyle style)
    {
        var probe = new LabelStyle { Text = text, FontName = style.FontName, FontSize = style.FontSize, Bold = style.Bold };
        using var paint = Paint.NewDisposablePaint();
        return probe.Measure(paint).Size;
    }

    /// <summary>Breaks <paramref name="label"/> at spaces onto lines no wider than <paramref name="maxWidth"/> where it can.</summary>
    private static string Wrap(string label, LabelStyle style, float maxWidth) =>
        string.Join('\n', ChartTitle.Lines(label, style, maxWidth));

    private static void TurnOnSide(IAxis axis, IReadOnlyList<string> labels, LabelStyle style)
    {
        style.Rotation = -90;
        style.Alignment = Alignment.MiddleRight;
        // ScottPlot sizes the axis by upright labels: room for the longest label on its side, the ticks and the axis label.
        axis.MinimumSize = labels.Max(l => Measure(l, style).Width) + 12 + Measure("Hg", axis.Label).Height + 6;
        ChartCanvas.CategoryTicks(axis, labels);
    }

    private static IEnumerable<int> Steps()
    {
        for (var decade = 1; ; decade *= 10)
            foreach (var step in new[] { 1, 2, 5 })
                yield return step * decade;
    }

    private static IEnumerable<float> Sizes()
    {
        for (var size = LargestFont; size >= SmallestFont; size--)
            yield return size;
    }

    /// <summary>Pixels between neighbouring categories along the axis, from a render at the figure's size.</summary>
    private static float Spacing(Plot plot, IAxis axis, int count, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var data = plot.RenderManager.LastRender.DataRect;
        var extent = axis is IXAxis ? data.Width : data.Height;
        var range = axis.Range.Span;
        return count == 0 || range <= 0 ? extent : (float)(extent / range);
    }
}
