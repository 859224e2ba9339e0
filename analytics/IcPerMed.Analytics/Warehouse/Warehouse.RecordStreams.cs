using System.Data.Common;
using IcPerMed.Analytics.Linking;

namespace IcPerMed.Analytics.Warehouse;

/// <summary>One row of a whole-table stream, with the key (source, source id) of the project it belongs to.</summary>
internal readonly record struct ProjectPart<T>(string Source, string SourceId, T Part);

public sealed partial class Warehouse
{
    // The whole-table counterparts of ReadProjectRecordSetAsync's lookups, each in key order (source, source id; DuckDB
    // orders text by its bytes), for building every project page at once (issue 20). Each maps its rows with the
    // lookup's own reader, so the two routes cannot read a column differently; ProjectDossierStreamTests holds them equal.

    /// <summary>Every stored project in key order, as <see cref="ReadProjectAsync"/> gives it.</summary>
    internal static IAsyncEnumerable<StoredProject> StreamProjectsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.StreamAsync($"SELECT {ProjectColumns} FROM project ORDER BY source, source_id", r => ReadProject(r, r.GetTextOrNull(22)),
            cancellationToken);

    /// <summary>Every participation with its organisation, by project in key order and in the source's order within one.</summary>
    internal static IAsyncEnumerable<ProjectPart<ProjectParticipation>> StreamParticipationsAsync(DbConnection connection,
        CancellationToken cancellationToken) =>
        connection.StreamAsync(
            """
            SELECT x.source, x.project_source_id, x.position, x.role, x.organisation_source_id, o.name, o.short_name, o.activity_type, o.city,
                   coalesce(x.country, o.country), x.contribution_amount, x.contribution_currency, x.contribution_eur
            FROM participation x LEFT JOIN organisation o ON o.source = x.source AND o.source_id = x.organisation_source_id
            ORDER BY x.source, x.project_source_id, x.position, x.role, x.organisation_source_id
            """,
            r => new ProjectPart<ProjectParticipation>(r.GetString(0), r.GetString(1), new ProjectParticipation((int)r.GetCount(2), r.GetString(3),
                r.GetString(4), r.GetTextOrNull(5), r.GetTextOrNull(6), r.GetTextOrNull(7), r.GetTextOrNull(8), r.GetTextOrNull(9),
                r.GetDecimalOrNull(10), r.GetTextOrNull(11), r.GetDecimalOrNull(12))),
            cancellationToken);

    /// <summary>For every linked record (key order), the records of its link, itself included, primary first.</summary>
    internal static IAsyncEnumerable<ProjectPart<LinkedRecord>> StreamLinkedRecordsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.StreamAsync(
            $"""
            SELECT me.source, me.source_id, {LinkedRecordColumns}
            JOIN project_link me ON me.link_id = l.link_id
            ORDER BY me.source, me.source_id, l.is_primary DESC, l.source, l.source_id
            """,
            r => new ProjectPart<LinkedRecord>(r.GetString(0), r.GetString(1), ReadLinkedRecord(r, 2)), cancellationToken);
}
