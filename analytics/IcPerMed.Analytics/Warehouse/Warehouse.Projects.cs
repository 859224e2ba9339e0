using System.Data.Common;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string StoredColumns =
        """
        source, source_id, acronym, title, abstract, start_date, end_date, topic_code, funding_amount, funding_currency,
        funding_eur, eur_rate, eur_rate_date, eur_rate_source, funding_basis, lead_country, harvest_run_id, fetched_at,
        raw_hash, source_file, source_line, record_page
        """;

    private const string ProjectColumns =
        $"""
        {StoredColumns},
        (SELECT r.origin FROM harvest_run r WHERE r.id = project.harvest_run_id) AS run_origin
        """;

    /// <summary>The stored projects of <paramref name="source"/>, in id order.</summary>
    public async Task<IReadOnlyList<StoredProject>> GetProjectsAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync($"SELECT {ProjectColumns} FROM project WHERE source = $1 ORDER BY source_id",
            r => ReadProject(r, r.GetTextOrNull(22)), cancellationToken, source).ConfigureAwait(false);
    }

    /// <summary>One stored project, or null when the warehouse does not hold it.</summary>
    public async Task<StoredProject?> GetProjectAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadProjectAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One stored project on an open connection, by the id's index (schema 18); see <see cref="KeyLookup"/>.</summary>
    /// <remarks>
    /// Two plain statements, not one with a join: DuckDB plans a join above the id lookup as a scan of the whole table
    /// again, and a statement's own cost (about half a millisecond) is what is left of a page's lookups (issue 20).
    /// </remarks>
    internal static async Task<StoredProject?> ReadProjectAsync(DbConnection connection, string source, string sourceId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync($"SELECT {StoredColumns} FROM project WHERE source_id = $1",
            r => r.GetString(0) == source ? ReadProject(r, null) : null, cancellationToken, sourceId).ConfigureAwait(false);
        if (rows.SingleOrDefault(p => p is not null) is not { } project) return null;
        var origin = SourceLocation.Shown(await connection.ScalarAsync<string>(null, "SELECT origin FROM harvest_run WHERE id = $1", cancellationToken,
            project.HarvestRunId).ConfigureAwait(false));
        return project with { SourceFile = SourceLocation.Shown(project.SourceFile, origin), RunOrigin = origin };
    }

    /// <summary>One project's record, participants and linked records on an open connection, or null when it is not stored.</summary>
    internal static async Task<ProjectRecordSet?> ReadProjectRecordSetAsync(DbConnection connection, string source, string sourceId,
        CancellationToken cancellationToken)
    {
        if (await ReadProjectAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false) is not { } project) return null;
        var participants = await ReadParticipationsAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false);
        var links = await ReadLinkedRecordsAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false);
        return new ProjectRecordSet(project, participants, links);
    }

    /// <summary>A project of <see cref="StoredColumns"/>, its paths shown against its run's origin as stored (null: not known yet).</summary>
    private static StoredProject ReadProject(DbDataReader r, string? storedRunOrigin)
    {
        var runOrigin = SourceLocation.Shown(storedRunOrigin);
        return new(
            r.GetString(0), r.GetString(1), r.GetTextOrNull(2), r.GetTextOrNull(3), r.GetTextOrNull(4), r.GetDateOrNull(5), r.GetDateOrNull(6), r.GetTextOrNull(7),
            r.GetDecimalOrNull(8), r.GetTextOrNull(9), r.GetDecimalOrNull(10), r.GetDecimalOrNull(11), r.GetDateOrNull(12), r.GetTextOrNull(13), r.GetTextOrNull(14), r.GetTextOrNull(15),
            r.GetCount(16), r.GetTimestamp(17)!.Value, r.GetString(18), SourceLocation.Shown(r.GetTextOrNull(19), runOrigin), r.IsDBNull(20) ? null : r.GetCount(20),
            r.GetTextOrNull(21), runOrigin);
    }
}
