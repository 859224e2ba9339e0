using System.Data.Common;
using System.Globalization;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Membership;

/// <summary>
/// What the warehouse holds per funder, or for a set of funders together, read on a KPI workspace's connection: all
/// projects from the stored records, PM projects from the KPI base tables (<c>kpi_project</c>, <c>kpi_project_funder</c>),
/// so PM here is what every KPI counts.
/// </summary>
internal static class MembershipSql
{
    public const string Funders = "SELECT id, name, country FROM funder ORDER BY id";

    // Each stored record with its funder; the records of one linked project share a key, so it counts once. A record
    // repeating money another record of the link reports for the same funder (funding_counted false) adds no money.
    private const string Records =
        """
        SELECT p.funder_id, coalesce('link ' || l.link_id, p.source || ' ' || p.source_id) AS project_key,
               CASE WHEN l.link_id IS NULL OR l.funding_counted THEN p.funding_eur END AS counted_eur,
               CAST(EXTRACT(year FROM p.start_date) AS INTEGER) AS start_year
        FROM project p LEFT JOIN project_link l ON l.source = p.source AND l.source_id = p.source_id
        WHERE p.funder_id IS NOT NULL
        """;

    /// <summary>
    /// Per funder id (<paramref name="funderIds"/> empty), or over <paramref name="funderIds"/> together (one entry, key ""), for
    /// funders with at least one project.
    /// </summary>
    public static async Task<Dictionary<string, FundingFigures>> FiguresAsync(DbConnection connection, IReadOnlyList<string> funderIds,
        CancellationToken cancellationToken)
    {
        var (key, where, group) = Shape("r.funder_id", funderIds.Count);
        var args = funderIds.Cast<object?>().ToArray();
        var all = await connection.QueryAsync(
            $"SELECT {key}, count(DISTINCT r.project_key), sum(r.counted_eur), min(r.start_year), max(r.start_year) FROM ({Records}) r WHERE TRUE{where}{group}",
            r => (Key: r.GetTextOrNull(0) ?? "", Projects: r.GetCount(1), Eur: r.GetDecimalOrNull(2) ?? 0m, First: Year(r, 3), Last: Year(r, 4)),
            cancellationToken, args).ConfigureAwait(false);
        var (sourceKey, sourceWhere, _) = Shape("funder_id", funderIds.Count);
        var sources = await connection.QueryAsync(
            $"SELECT DISTINCT {sourceKey}, source FROM project WHERE funder_id IS NOT NULL{sourceWhere} ORDER BY 1, 2",
            r => (Key: r.GetTextOrNull(0) ?? "", Source: r.GetString(1)), cancellationToken, args).ConfigureAwait(false);
        var (pmKey, pmWhere, pmGroup) = Shape("d.funder_id", funderIds.Count);
        var pm = (await connection.QueryAsync(
            $"""
            SELECT {pmKey}, count(DISTINCT p.source || ' ' || p.source_id), sum(p.funding_eur * d.share)
            FROM kpi_project_funder d JOIN kpi_project p ON p.source = d.source AND p.source_id = d.source_id
            WHERE d.funder_id IS NOT NULL{pmWhere}{pmGroup}
            """,
            r => (Key: r.GetTextOrNull(0) ?? "", Projects: r.GetCount(1), Eur: r.GetDecimalOrNull(2) ?? 0m), cancellationToken, args).ConfigureAwait(false))
            .ToDictionary(x => x.Key);
        return all.Where(a => a.Projects > 0).ToDictionary(a => a.Key, a => new FundingFigures(a.Projects,
            pm.TryGetValue(a.Key, out var p) ? p.Projects : 0, FixedDecimals.Money(a.Eur), FixedDecimals.Money(p.Eur), a.First, a.Last,
            [.. sources.Where(s => s.Key == a.Key).Select(s => s.Source)]));
    }

    /// <summary>The key column, the funder condition and the grouping: per funder, or one row over $1..$n.</summary>
    private static (string Key, string Where, string Group) Shape(string column, int funderCount) => funderCount == 0
        ? (column, "", $" GROUP BY {column}")
        : ("CAST(NULL AS TEXT)", $" AND {column} IN ({string.Join(", ", Enumerable.Range(1, funderCount).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)))})", "");

    private static int? Year(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
