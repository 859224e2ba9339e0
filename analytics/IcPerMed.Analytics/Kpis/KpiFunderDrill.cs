namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// The projects behind a funder: those the funder pays, including linked projects where the funder's money is one
/// of several (see <c>kpi_project_funder</c>). $1 is the funder id, or 'unknown'.
/// </summary>
internal static class KpiFunderDrill
{
    public const string Sql =
        "EXISTS (SELECT 1 FROM kpi_project_funder d WHERE d.source = p.source AND d.source_id = p.source_id AND coalesce(d.funder_id, 'unknown') = $1)";
}
