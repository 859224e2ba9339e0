namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string ParticipationColumns =
        "source, organisation_source_id, position, role, country, contribution_amount, contribution_currency, contribution_eur";

    /// <summary>The participants of one project in the source's order; empty when it has none or is not stored.</summary>
    public async Task<IReadOnlyList<ProjectParticipation>> GetParticipationsAsync(string source, string sourceId,
        CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT x.position, x.role, x.organisation_source_id, o.name, o.short_name, o.activity_type, o.city,
                   coalesce(x.country, o.country), x.contribution_amount, x.contribution_currency, x.contribution_eur
            FROM {KeyLookup.Rows("participation", ParticipationColumns, "project_source_id")} x
            LEFT JOIN organisation o ON o.source = x.source AND o.source_id = x.organisation_source_id
            ORDER BY x.position, x.role, x.organisation_source_id
            """,
            r => new ProjectParticipation((int)r.GetCount(0), r.GetString(1), r.GetString(2), r.GetTextOrNull(3), r.GetTextOrNull(4),
                r.GetTextOrNull(5), r.GetTextOrNull(6), r.GetTextOrNull(7), r.GetDecimalOrNull(8), r.GetTextOrNull(9), r.GetDecimalOrNull(10)),
            cancellationToken, source, sourceId).ConfigureAwait(false);
    }
}
