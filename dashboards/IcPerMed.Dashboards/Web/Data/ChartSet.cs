using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Model;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The charts a page shows beside its tables, drawn from the quarter's numbers: each placed in the page as SVG with
/// links over its bars, cells and points (<see cref="Drawings"/>), and also served alone as an image by /charts.
/// </summary>
public sealed record ChartSet(Quarter Quarter, IReadOnlyList<DashboardChart> Charts, IReadOnlyDictionary<string, string> Drawings)
{
    public static ChartSet Empty { get; } = new(default, [], new Dictionary<string, string>());

    /// <summary>The charts of one quarter's numbers; built once per numbers and kept with them (<see cref="QuarterView.Chart"/>).</summary>
    public static ChartSet Of(QuarterView view, params string[] ids) => new(view.Quarter, [.. ids.Select(view.Chart)],
        ids.ToDictionary(id => id, id => view.LinkedChartSvg(id, drill => LinkOf(view.Quarter, drill))));

    /// <summary>Where a number of a chart's table leads: the projects behind it.</summary>
    public string? Link(ChartDrill? drill) => LinkOf(Quarter, drill);

    private static string? LinkOf(Quarter quarter, ChartDrill? drill) => drill switch
    {
        null => null,
        { Kind: "trend" } => Links.BehindTrend(quarter, drill.Key[0], drill.Key[1]),
        { Kind: "gap:country" } => Links.BehindGap(quarter, GapDimension.Country, drill.Key[0], drill.Key[1]),
        { Kind: "gap:funder" } => Links.BehindGap(quarter, GapDimension.Funder, drill.Key[0], drill.Key[1]),
        _ when drill.Kind.StartsWith("kpi:", StringComparison.Ordinal) => Links.BehindKpi(quarter, drill.Kind[4..], drill.Key),
        _ => null,
    };
}
