using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Status;

/// <summary>Per source: funders, projects and EUR, all and PM only (PM as the view <c>project_classification</c> says, overrides winning).</summary>
public static class WarehouseSourceFunding
{
    /// <summary>Every harvested source in name order, one with no project too (a programme list may hold programmes only).</summary>
    public static async Task<IReadOnlyList<SourceFunding>> GetSourceFundingAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            """
            SELECT s.source,
                   count(DISTINCT p.funder_id),
                   count(p.source_id),
                   count(p.funding_eur),
                   coalesce(sum(p.funding_eur), 0),
                   count(DISTINCT CASE WHEN c.pm THEN p.funder_id END),
                   count(CASE WHEN c.pm THEN 1 END),
                   count(CASE WHEN c.pm THEN p.funding_eur END),
                   coalesce(sum(CASE WHEN c.pm THEN p.funding_eur END), 0)
            FROM (SELECT DISTINCT source FROM harvest_run) s
            LEFT JOIN project p ON p.source = s.source
            LEFT JOIN project_classification c ON c.source = p.source AND c.source_id = p.source_id
            GROUP BY s.source ORDER BY s.source
            """,
            r => new SourceFunding(r.GetString(0), r.GetCount(1), r.GetCount(2), r.GetCount(3), r.GetDecimalOrNull(4) ?? 0,
                r.GetCount(5), r.GetCount(6), r.GetCount(7), r.GetDecimalOrNull(8) ?? 0),
            cancellationToken).ConfigureAwait(false);
    }
}
