using System.Data.Common;
using System.Globalization;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Programmes;

/// <summary>The funding programmes the warehouse lists.</summary>
public static class WarehouseProgrammes
{
    private const string Columns =
        "g.funder_id, g.kind, g.code, g.title, g.parent_code, g.source_file, g.source_line, g.allows_pm, g.pm_scope, g.url, g.source_url, g.checked_on";

    /// <summary>
    /// Every stored programme, call and topic with what national programme lists say of it (allows PM, scope, page,
    /// source, checked on), by funder, kind and code.
    /// </summary>
    public static async Task<IReadOnlyList<ProgrammeEntry>> GetProgrammesAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync($"SELECT {Columns} FROM programme g ORDER BY g.funder_id, g.kind, g.code", r => ReadEntry(r, 0),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The programmes <paramref name="filter"/> keeps, each with its funder's name and country (from the funder table),
    /// by funder, then those a programme list states PM facts for, then kind and code.
    /// </summary>
    public static async Task<IReadOnlyList<ProgrammeFact>> GetProgrammeFactsAsync(this Warehouse.Warehouse warehouse, ProgrammeFilter filter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new List<object?>();
        var where = Condition("g.funder_id", filter.Funders, args) + Condition("f.country", filter.Countries, args)
            + Condition("g.kind", [.. filter.Kinds.Select(k => k.ToString().ToLowerInvariant())], args);
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT {Columns}, f.name, f.country FROM programme g LEFT JOIN funder f ON f.id = g.funder_id
            WHERE TRUE{where}
            ORDER BY g.funder_id, CASE WHEN g.allows_pm IS NULL THEN 1 ELSE 0 END, g.kind, g.code
            """,
            r => new ProgrammeFact(ReadEntry(r, 0), r.GetTextOrNull(12), r.GetTextOrNull(13)), cancellationToken, [.. args]).ConfigureAwait(false);
    }

    private static string Condition(string column, IReadOnlyList<string> values, List<object?> args)
    {
        if (values.Count == 0)
            return "";
        var placeholders = values.Select(value =>
        {
            args.Add(value);
            return "$" + args.Count.ToString(CultureInfo.InvariantCulture);
        });
        return $" AND {column} IN ({string.Join(", ", placeholders)})";
    }

    private static ProgrammeEntry ReadEntry(DbDataReader r, int at) =>
        new(r.GetString(at), Enum.Parse<ProgrammeKind>(r.GetString(at + 1), ignoreCase: true), r.GetString(at + 2),
            r.GetTextOrNull(at + 3), r.GetTextOrNull(at + 4), new RecordOrigin(r.GetTextOrNull(at + 5) ?? "", r.IsDBNull(at + 6) ? 0 : r.GetCount(at + 6)))
        {
            AllowsPm = r.GetTextOrNull(at + 7),
            PmScope = r.GetTextOrNull(at + 8),
            Url = r.GetTextOrNull(at + 9),
            SourceUrl = r.GetTextOrNull(at + 10),
            CheckedOn = r.GetDateOrNull(at + 11),
        };
}
