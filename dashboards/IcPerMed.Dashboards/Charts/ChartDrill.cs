using IcPerMed.Analytics.Gaps;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Where a chart's number leads: the projects behind it. The web dashboard turns it into a link to the project list,
/// the report prints it as text; both resolve it with the same KPI, gap or trend drill-down the CLI uses.
/// </summary>
/// <param name="Kind"><c>kpi:&lt;id&gt;</c>, <c>gap:country</c>, <c>gap:funder</c> or <c>trend</c>.</param>
/// <param name="Key">For a KPI its row key; for a gap [member, challenge]; for a trend [period, challenge].</param>
public sealed record ChartDrill(string Kind, IReadOnlyList<string> Key)
{
    /// <summary>The projects behind one row of a KPI (<paramref name="key"/> is the row's key, one text per dimension).</summary>
    public static ChartDrill Kpi(string kpiId, params string[] key) => new($"kpi:{kpiId}", key);

    /// <summary>The projects of one gap-matrix cell.</summary>
    public static ChartDrill Gap(GapDimension dimension, string member, string challenge) =>
        new(dimension == GapDimension.Country ? "gap:country" : "gap:funder", [member, challenge]);

    /// <summary>The projects of one trend point: a year or quarter and a challenge (c1..c5, none or all).</summary>
    public static ChartDrill Trend(string period, string challenge) => new("trend", [period, challenge]);

    // Records compare lists by reference; two drills to the same projects should be equal.
    public bool Equals(ChartDrill? other) => other is not null && Kind == other.Kind && Key.SequenceEqual(other.Key);

    public override int GetHashCode() => HashCode.Combine(Kind, string.Join("\u001f", Key));
}
