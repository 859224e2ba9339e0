using IcPerMed.Analytics.Coverage;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>The period each source's stored projects cover (see <see cref="CoverageRule"/>), by source name.</summary>
    public async Task<IReadOnlyList<SourceCoverage>> GetSourceCoverageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (sources, _) = await CoverageSql.ReadAsync(connection, [], cancellationToken).ConfigureAwait(false);
        return sources;
    }
}
