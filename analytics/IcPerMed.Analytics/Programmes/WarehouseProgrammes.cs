using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Programmes;

/// <summary>The funding programmes the warehouse lists.</summary>
public static class WarehouseProgrammes
{
    /// <summary>
    /// Every stored programme, call and topic with what national programme lists say of it (allows PM, scope, page,
    /// source, checked on), by funder, kind and code.
    /// </summary>
    public static async Task<IReadOnlyList<ProgrammeEntry>> GetProgrammesAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            """
            SELECT funder_id, kind, code, title, parent_code, source_file, source_line, allows_pm, pm_scope, url, source_url, checked_on
            FROM programme ORDER BY funder_id, kind, code
            """,
            r => new ProgrammeEntry(r.GetString(0), Enum.Parse<ProgrammeKind>(r.GetString(1), ignoreCase: true), r.GetString(2),
                r.GetTextOrNull(3), r.GetTextOrNull(4), new RecordOrigin(r.GetTextOrNull(5) ?? "", r.IsDBNull(6) ? 0 : r.GetCount(6)))
            {
                AllowsPm = r.GetTextOrNull(7),
                PmScope = r.GetTextOrNull(8),
                Url = r.GetTextOrNull(9),
                SourceUrl = r.GetTextOrNull(10),
                CheckedOn = r.GetDateOrNull(11),
            }, cancellationToken).ConfigureAwait(false);
    }
}
