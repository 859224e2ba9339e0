using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Kpis;

/// <summary>The funder ids a --funder filter may name: those the warehouse holds, so a typo is told apart from "no projects".</summary>
public static class KnownFunders
{
    /// <summary>Every funder id of the warehouse's funders, projects and programmes, in order.</summary>
    public static async Task<IReadOnlyList<string>> GetKnownFunderIdsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            """
            SELECT id FROM funder
            UNION SELECT funder_id FROM project WHERE funder_id IS NOT NULL
            UNION SELECT funder_id FROM programme WHERE funder_id IS NOT NULL
            ORDER BY 1
            """,
            r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }
}
