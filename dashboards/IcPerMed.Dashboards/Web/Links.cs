using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Dashboards.Web;

/// <summary>
/// Where each number leads: the list of projects behind it (one click), from which every project is one more click.
/// </summary>
public static class Links
{
    public static string BehindKpi(Quarter quarter, string kpiId, IEnumerable<string> key) =>
        $"/behind?kind=kpi&quarter={quarter}&id={Escape(kpiId)}" + string.Concat(key.Select(k => "&key=" + Escape(k)));

    public static string BehindGap(Quarter quarter, GapDimension dimension, string member, string challenge) =>
        $"/behind?kind=gap&quarter={quarter}&by={GapBy(dimension)}&member={Escape(member)}&challenge={Escape(challenge)}";

    public static string BehindTrend(Quarter quarter, string period, string challenge) =>
        $"/behind?kind=trend&quarter={quarter}&period={Escape(period)}&challenge={Escape(challenge)}";

    public static string Project(string source, string sourceId) => $"/projects/{Escape(source)}/{Escape(sourceId)}";

    public static string GapBy(GapDimension dimension) => dimension == GapDimension.Funder ? "funder" : "country";

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
