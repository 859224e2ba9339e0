using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Model;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>The charts a page shows beside its tables, drawn from the quarter's numbers; each is served as SVG by /charts.</summary>
public sealed record ChartSet(Quarter Quarter, IReadOnlyList<DashboardChart> Charts)
{
    public static ChartSet Empty { get; } = new(default, []);

    /// <summary>The charts of one quarter's numbers; built once per numbers and kept with them (<see cref="QuarterView.Chart"/>).</summary>
    public static ChartSet Of(QuarterView view, params string[] ids) => new(view.Quarter, [.. ids.Select(view.Chart)]);

    /// <summary>Where a number of a chart's table leads: the projects behind it.</summary>
    public string? Link(ChartDrill? drill) => drill switch
    {
        null => null,
        { Kind: "trend" } => Links.BehindTrend(Quarter, drill.Key[0], drill.Key[1]),
        { Kind: "gap:country" } => Links.BehindGap(Quarter, GapDimension.Country, drill.Key[0], drill.Key[1]),
        { Kind: "gap:funder" } => Links.BehindGap(Quarter, GapDimension.Funder, drill.Key[0], drill.Key[1]),
        _ when drill.Kind.StartsWith("kpi:", StringComparison.Ordinal) => Links.BehindKpi(Quarter, drill.Kind[4..], drill.Key),
        _ => null,
    };
}
