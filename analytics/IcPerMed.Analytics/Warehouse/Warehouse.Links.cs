using System.Data.Common;
using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Warehouse.Harvest;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string LinkedRecordColumns =
        """
        l.link_id, l.source, l.source_id, p.title, l.funder_id, f.name, p.funding_eur, l.is_primary, l.funding_counted, l.method, l.evidence
        FROM project_link l
        JOIN project p ON p.source = l.source AND p.source_id = l.source_id
        LEFT JOIN funder f ON f.id = l.funder_id
        """;

    /// <summary>
    /// The records linked with (<paramref name="source"/>, <paramref name="sourceId"/>), itself included, primary
    /// first; empty when the record is not linked.
    /// </summary>
    public async Task<IReadOnlyList<LinkedRecord>> GetLinkedRecordsAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadLinkedRecordsAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The records linked with one record, on an open connection.</summary>
    internal static async Task<IReadOnlyList<LinkedRecord>> ReadLinkedRecordsAsync(DbConnection connection, string source, string sourceId,
        CancellationToken cancellationToken)
    {
        // Most records are linked with none: asking for the link first (by the id's index, schema 19, the source checked
        // on the rows found) spares them the join with every project.
        var links = await connection.QueryAsync("SELECT source, link_id FROM project_link WHERE source_id = $1",
            r => (Source: r.GetString(0), Link: r.GetString(1)), cancellationToken, sourceId).ConfigureAwait(false);
        if (links.FirstOrDefault(l => l.Source == source).Link is not { } link)
            return [];
        return await connection.QueryAsync(
            $"""
            SELECT {LinkedRecordColumns}
            WHERE l.link_id = $1
            ORDER BY l.is_primary DESC, l.source, l.source_id
            """, ReadLinkedRecord, cancellationToken, link).ConfigureAwait(false);
    }

    /// <summary>Every linked record, grouped by link id (primary first in each group).</summary>
    public async Task<IReadOnlyList<LinkedRecord>> GetAllLinkedRecordsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"SELECT {LinkedRecordColumns} ORDER BY l.link_id, l.is_primary DESC, l.source, l.source_id",
            ReadLinkedRecord, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rebuilds every link from the stored records (a harvest does this itself); returns the records linked.</summary>
    public async Task<int> RelinkAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var linked = await ProjectLinkSql.RelinkAsync(connection, transaction, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return linked;
    }

    private static LinkedRecord ReadLinkedRecord(DbDataReader r) => ReadLinkedRecord(r, 0);

    /// <summary>A linked record of <see cref="LinkedRecordColumns"/>, the first of them at column <paramref name="first"/>.</summary>
    private static LinkedRecord ReadLinkedRecord(DbDataReader r, int first) => new(
        r.GetString(first), r.GetString(first + 1), r.GetString(first + 2), r.GetTextOrNull(first + 3), r.GetTextOrNull(first + 4),
        r.GetTextOrNull(first + 5), r.GetDecimalOrNull(first + 6), r.GetBoolean(first + 7), r.GetBoolean(first + 8), r.GetString(first + 9),
        r.GetString(first + 10));
}
