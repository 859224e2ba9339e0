namespace IcPerMed.Analytics.Coverage;

/// <summary>Which periods each source covers, read from the warehouse.</summary>
public static class WarehouseCoverage
{
    /// <summary>The period each source's stored projects cover (see <see cref="CoverageRule"/>), by source name.</summary>
    public static async Task<IReadOnlyList<SourceCoverage>> GetSourceCoverageAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (sources, _) = await CoverageSql.ReadAsync(connection, [], cancellationToken).ConfigureAwait(false);
        return sources;
    }
}
