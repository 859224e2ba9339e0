using System.Data.Common;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string ProjectColumns =
        """
        source, source_id, acronym, title, abstract, start_date, end_date, topic_code, funding_amount, funding_currency,
        funding_eur, eur_rate, eur_rate_date, eur_rate_source, funding_basis, lead_country, harvest_run_id, fetched_at,
        raw_hash, source_file, source_line
        """;

    /// <summary>The stored projects of <paramref name="source"/>, in id order.</summary>
    public async Task<IReadOnlyList<StoredProject>> GetProjectsAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync($"SELECT {ProjectColumns} FROM project WHERE source = $1 ORDER BY source_id",
            ReadProject, cancellationToken, source).ConfigureAwait(false);
    }

    /// <summary>One stored project, or null when the warehouse does not hold it.</summary>
    public async Task<StoredProject?> GetProjectAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync($"SELECT {ProjectColumns} FROM project WHERE source = $1 AND source_id = $2",
            ReadProject, cancellationToken, source, sourceId).ConfigureAwait(false)).SingleOrDefault();
    }

    private static StoredProject ReadProject(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Date(r, 5), Date(r, 6), Text(r, 7),
        Number(r, 8), Text(r, 9), Number(r, 10), Number(r, 11), Date(r, 12), Text(r, 13), Text(r, 14), Text(r, 15),
        r.GetCount(16), r.GetTimestamp(17)!.Value, r.GetString(18), Text(r, 19), r.IsDBNull(20) ? null : r.GetCount(20));

    private static string? Text(DbDataReader r, int i) => r.GetTextOrNull(i);

    private static decimal? Number(DbDataReader r, int i) => r.GetDecimalOrNull(i);

    private static DateOnly? Date(DbDataReader r, int i) => r.GetDateOrNull(i);
}
