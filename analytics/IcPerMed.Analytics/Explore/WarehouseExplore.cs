using System.Data.Common;
using System.Globalization;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Explore;

/// <summary>Project search with facets over the warehouse.</summary>
public static class WarehouseExplore
{
    /// <summary>
    /// One page of the projects matching <paramref name="search"/>, sorted as it asks (ties by source and source id),
    /// with the total and the facets over every matching project (see <see cref="ProjectFacets"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A challenge code is not c1..c5 or none.</exception>
    public static async Task<ProjectSearchPage> SearchProjectsAsync(this Warehouse.Warehouse warehouse, ProjectSearch search, CancellationToken cancellationToken)
    {
        var sql = new ProjectSearchSql(search);
        var (page, pageSize) = (search.EffectivePage, search.EffectivePageSize);
        // Far pages of a huge result set: past int.MaxValue rows there is nothing to read anyway.
        var offset = (int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize);
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(null, ProjectSearchSql.Drop, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(null, sql.Create, cancellationToken, sql.Args).ConfigureAwait(false);
        try
        {
            // PostgreSQL never analyses temporary tables by itself; the store's AnalysisSession says whether to (DuckDB keeps
            // statistics as it writes).
            if (warehouse.AnalysisSession.AnalyseTemporaryTables)
                await connection.ExecuteAsync(null, "ANALYZE explore_hit", cancellationToken).ConfigureAwait(false);
            var total = await connection.ScalarAsync<long>(null, sql.Total, cancellationToken).ConfigureAwait(false);
            var items = await connection.QueryAsync(sql.Page(search.Sort, pageSize, offset), ReadSummary, cancellationToken).ConfigureAwait(false);
            var facets = new ProjectFacets(
                await FacetAsync(connection, sql.CountryFacet, hasLabel: false, cancellationToken).ConfigureAwait(false),
                await FacetAsync(connection, sql.FunderFacet, hasLabel: true, cancellationToken).ConfigureAwait(false),
                await ChallengeFacetAsync(connection, sql, cancellationToken).ConfigureAwait(false),
                await FacetAsync(connection, sql.YearFacet, hasLabel: false, cancellationToken).ConfigureAwait(false),
                await FacetAsync(connection, sql.SourceFacet, hasLabel: false, cancellationToken).ConfigureAwait(false));
            return new ProjectSearchPage(total, page, pageSize, items, facets);
        }
        finally
        {
            await DropSearchTableAsync(connection).ConfigureAwait(false);
        }
    }

    private static async Task DropSearchTableAsync(DbConnection connection)
    {
        try
        {
            await connection.ExecuteAsync(null, ProjectSearchSql.Drop, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // The connection is going away anyway; its temporary table goes with it.
        }
    }

    private static ProjectSummary ReadSummary(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetTextOrNull(2), r.GetTextOrNull(3), r.GetDateOrNull(4), r.GetDecimalOrNull(5), r.GetTextOrNull(6),
        r.IsDBNull(7) ? null : r.GetBoolean(7), r.IsDBNull(8) ? null : r.GetDouble(8),
        [.. ProjectSearchSql.ChallengeCodes.Where((_, i) => r.GetBoolean(10 + i))], r.GetTextOrNull(9));

    private static async Task<IReadOnlyList<FacetCount>> FacetAsync(DbConnection connection, string sql, bool hasLabel,
        CancellationToken cancellationToken) =>
        await connection.QueryAsync(sql, r => new FacetCount(
                Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!,
                hasLabel ? r.GetTextOrNull(1) : null,
                r.GetCount(hasLabel ? 2 : 1)),
            cancellationToken).ConfigureAwait(false);

    private static async Task<IReadOnlyList<FacetCount>> ChallengeFacetAsync(DbConnection connection, ProjectSearchSql sql,
        CancellationToken cancellationToken)
    {
        string[] codes = [.. ProjectSearchSql.ChallengeCodes, ProjectSearchSql.None];
        var counts = (await connection.QueryAsync(sql.ChallengeFacet, r => codes.Select((_, i) => r.GetCount(i)).ToArray(),
            cancellationToken).ConfigureAwait(false)).Single();
        return [.. codes.Select((code, i) => new FacetCount(code, null, counts[i]))];
    }
}
