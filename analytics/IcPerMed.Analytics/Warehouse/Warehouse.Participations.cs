using System.Data.Common;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>The participants of one project in the source's order; empty when it has none or is not stored.</summary>
    public async Task<IReadOnlyList<ProjectParticipation>> GetParticipationsAsync(string source, string sourceId,
        CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadParticipationsAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One project's participants on an open connection: its participations by the project id's index, then their
    /// organisations by an IN list on the organisation id's index (schema 19), the source checked on the rows found.
    /// </summary>
    /// <remarks>A join of the two would have DuckDB scan the organisations (see <see cref="ReadProjectAsync"/>).</remarks>
    internal static async Task<IReadOnlyList<ProjectParticipation>> ReadParticipationsAsync(DbConnection connection, string source, string sourceId,
        CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            """
            SELECT source, position, role, organisation_source_id, country, contribution_amount, contribution_currency, contribution_eur
            FROM participation WHERE project_source_id = $1
            ORDER BY position, role, organisation_source_id
            """,
            r => (Source: r.GetString(0), Position: (int)r.GetCount(1), Role: r.GetString(2), Organisation: r.GetString(3), Country: r.GetTextOrNull(4),
                Amount: r.GetDecimalOrNull(5), Currency: r.GetTextOrNull(6), Eur: r.GetDecimalOrNull(7)),
            cancellationToken, sourceId).ConfigureAwait(false);
        rows.RemoveAll(row => row.Source != source);
        if (rows.Count == 0) return [];
        var ids = rows.Select(row => row.Organisation).Distinct(StringComparer.Ordinal).ToList();
        var organisations = (await connection.QueryAsync(
                $"SELECT source, source_id, name, short_name, activity_type, city, country FROM organisation WHERE source_id IN ({Parameters(ids.Count)})",
                r => (Source: r.GetString(0), Id: r.GetString(1), Name: r.GetTextOrNull(2), ShortName: r.GetTextOrNull(3), ActivityType: r.GetTextOrNull(4),
                    City: r.GetTextOrNull(5), Country: r.GetTextOrNull(6)),
                cancellationToken, [.. ids]).ConfigureAwait(false))
            .Where(o => o.Source == source)
            .ToDictionary(o => o.Id, StringComparer.Ordinal);
        return [.. rows.Select(row =>
        {
            var found = organisations.TryGetValue(row.Organisation, out var o);
            return new ProjectParticipation(row.Position, row.Role, row.Organisation, found ? o.Name : null, found ? o.ShortName : null,
                found ? o.ActivityType : null, found ? o.City : null, row.Country ?? (found ? o.Country : null), row.Amount, row.Currency, row.Eur);
        })];
    }

    /// <summary>$1, $2 ... $<paramref name="count"/>: an IN list of that many parameters.</summary>
    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => "$" + i));
}
