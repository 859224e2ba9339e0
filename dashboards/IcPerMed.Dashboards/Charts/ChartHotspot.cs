namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// An area of a chart, in the chart's own data coordinates, that leads to the projects behind what is drawn there: a
/// bar, a stacked segment, a heatmap cell, a point. The web dashboard turns each into a link over the drawn chart.
/// </summary>
/// <param name="Label">What a screen reader says for the link, e.g. "DE, c3: 12 PM projects, EUR 4.1 million".</param>
/// <param name="MinPixels">The smallest width and height the link gets on screen (a point is drawn as a few pixels; a finger needs more).</param>
public sealed record ChartHotspot(ChartDrill Drill, string Label, double Left, double Right, double Bottom, double Top, float MinPixels = 0);
