using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>The plot every chart starts from: one font, title, axis labels with units, and the "no data" note.</summary>
internal static class ChartCanvas
{
    // DejaVu Sans (Debian fonts-dejavu-core, installed by test.sh where missing) has every glyph the charts draw
    // (× ▲ ▼ – …); ScottPlot's default family is not on a plain Debian machine.
    public const string Font = "DejaVu Sans";

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title, size: 16);
        plot.XLabel(xLabel, size: 13);
        plot.YLabel(yLabel, size: 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        return plot;
    }

    /// <summary>Sets text ticks at whole-number positions (categories) on an axis.</summary>
    public static void CategoryTicks(IAxis axis, IReadOnlyList<string> labels, int every = 1)
    {
        var positions = Enumerable.Range(0, labels.Count).Where(i => i % every == 0).ToArray();
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. positions.Select(i => (double)i)], [.. positions.Select(i => labels[i])]);
    }

    /// <summary>A chart with nothing to draw still renders: a visible note in the middle instead of an exception.</summary>
    public static void NoData(Plot plot)
    {
        var note = plot.Add.Annotation(ChartWords.NoData, Alignment.MiddleCenter);
        note.LabelFontName = Font;
        note.LabelFontSize = 14;
        plot.Axes.SetLimits(0, 1, 0, 1);
    }

    /// <summary>Shortens a long name for a tick label; the data table keeps it in full.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
