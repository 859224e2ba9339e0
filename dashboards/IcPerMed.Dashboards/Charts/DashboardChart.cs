using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// A chart built from a snapshot, with everything shown beside it: title, axis labels with units, the money method,
/// alt text summarising it in words, and its data table. Rendered as SVG for the web and PNG for reports and email.
/// </summary>
public sealed class DashboardChart
{
    // ScottPlot renders a Plot through shared state; the web may ask for one chart from two requests at once.
    private readonly Lock rendering = new();

    // What a chart lays out for the size it is drawn at besides its title (the heatmap's tick labels); null: nothing.
    private readonly Action<Plot, int, int>? fit;

    internal DashboardChart(string id, string title, string xLabel, string yLabel, string method, string altText, ChartTable table, Plot plot,
        Action<Plot, int, int>? fit = null)
    {
        (Id, Title, XLabel, YLabel, Method, AltText, Table, Plot, this.fit) = (id, title, xLabel, yLabel, method, altText, table, plot, fit);
    }

    /// <summary>Stable identifier, e.g. <c>funding-per-year</c> (used in URLs and file names).</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>The horizontal axis label, with its unit.</summary>
    public string XLabel { get; }

    /// <summary>The vertical axis label, with its unit.</summary>
    public string YLabel { get; }

    /// <summary>How the numbers are counted: money conversion and any-match or apportioned.</summary>
    public string Method { get; }

    /// <summary>What the chart shows, in words, computed from its data (for img alt and screen readers).</summary>
    public string AltText { get; }

    /// <summary>The chart's numbers as a table; numeric cells lead to the projects behind them.</summary>
    public ChartTable Table { get; }

    /// <summary>The ScottPlot plot (its plottables are what was drawn).</summary>
    public Plot Plot { get; }

    public string ToSvg(int width = 960, int height = 480)
    {
        lock (rendering)
        {
            Fit(width, height);
            return Plot.GetSvgXml(width, height);
        }
    }

    public byte[] ToPng(int width = 960, int height = 480)
    {
        lock (rendering)
        {
            Fit(width, height);
            return Plot.GetImageBytes(width, height, ImageFormat.Png);
        }
    }

    /// <summary>
    /// Lays the text out for a <paramref name="width"/> x <paramref name="height"/> figure, as <see cref="ToPng"/> and
    /// <see cref="ToSvg"/> do before drawing: the title wrapped to the width (<see cref="ChartTitle"/>), and the chart's own
    /// per-size layout. Afterwards <see cref="Plot"/> holds what will be drawn at that size (tests measure it).
    /// </summary>
    public void FitTo(int width, int height)
    {
        lock (rendering)
            Fit(width, height);
    }

    private void Fit(int width, int height)
    {
        ChartTitle.Fit(Plot, Title, width, height);
        fit?.Invoke(Plot, width, height);
    }
}
