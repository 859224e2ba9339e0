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
        Action<Plot, int, int>? fit = null, IReadOnlyList<ChartHotspot>? hotspots = null)
    {
        (Id, Title, XLabel, YLabel, Method, AltText, Table, Plot, this.fit) = (id, title, xLabel, yLabel, method, altText, table, plot, fit);
        Hotspots = hotspots ?? [];
    }

    /// <summary>The drawn areas that lead to projects (bars, cells, points), in data coordinates.</summary>
    public IReadOnlyList<ChartHotspot> Hotspots { get; }

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

    /// <summary>
    /// The chart as SVG to place inside a page: every hotspot a link (keyboard-reachable, named) to where
    /// <paramref name="link"/> says its projects are; a hotspot without a link is left out.
    /// </summary>
    public string ToLinkedSvg(Func<ChartDrill, string?> link, int width = 960, int height = 480)
    {
        lock (rendering)
        {
            Fit(width, height);
            var svg = Plot.GetSvgXml(width, height);
            // Pixels of the render just made: ScottPlot keeps its last layout for exactly this.
            var areas = Hotspots.Select(spot => link(spot.Drill) is { } href ? Area(spot, href, width, height) : null)
                .OfType<LinkedSvg.Area>().ToList();
            return LinkedSvg.Compose(svg, AltText, areas, width, height);
        }
    }

    private LinkedSvg.Area Area(ChartHotspot spot, string href, int width, int height)
    {
        var a = Plot.GetPixel(new Coordinates(spot.Left, spot.Bottom));
        var b = Plot.GetPixel(new Coordinates(spot.Right, spot.Top));
        double x = Math.Min(a.X, b.X), y = Math.Min(a.Y, b.Y), w = Math.Abs(a.X - b.X), h = Math.Abs(a.Y - b.Y);
        if (w < spot.MinPixels) { x -= (spot.MinPixels - w) / 2; w = spot.MinPixels; }
        if (h < spot.MinPixels) { y -= (spot.MinPixels - h) / 2; h = spot.MinPixels; }
        x = Math.Clamp(x, 0, width);
        y = Math.Clamp(y, 0, height);
        return new LinkedSvg.Area(href, spot.Label, x, y, Math.Min(w, width - x), Math.Min(h, height - y));
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
