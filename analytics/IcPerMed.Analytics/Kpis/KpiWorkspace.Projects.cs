using IcPerMed.Analytics.Warehouse;
using System.Data.Common;
using System.Globalization;

namespace IcPerMed.Analytics.Kpis;

internal sealed partial class KpiWorkspace
{
    /// <summary>
    /// The projects behind one row of a KPI: the KPI's own condition and one predicate per key part, largest grant
    /// first. <paramref name="key"/> may be shorter than the KPI's dimensions (a prefix narrows less).
    /// </summary>
    public async Task<IReadOnlyList<KpiProject>> ProjectsBehindAsync(KpiDefinition definition, IReadOnlyList<string> key,
        int limit, CancellationToken cancellationToken)
    {
        if (key.Count > definition.Dimensions.Count)
            throw new ArgumentException(
                $"KPI {definition.Id} has {definition.Dimensions.Count} key part(s) ({string.Join(", ", definition.Dimensions.Select(d => d.Name))}), not {key.Count}",
                nameof(key));
        var predicates = new List<string> { definition.ProjectsSql(Context) };
        var args = new List<object>();
        for (var i = 0; i < key.Count; i++)
        {
            if (definition.Dimensions[i].DrillSql is not { } drill)
                continue;
            args.Add(key[i]);
            predicates.Add(drill.Replace("$1", "$" + args.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        return await ProjectsWhereAsync(string.Join(" AND ", predicates.Select(p => $"({p})")), args, limit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Base-table projects matching <paramref name="predicate"/> (alias <c>p</c>), largest grant first.</summary>
    public Task<List<KpiProject>> ProjectsWhereAsync(string predicate, IReadOnlyList<object> args, int limit,
        CancellationToken cancellationToken) =>
        Connection.QueryAsync(
            $"""
            SELECT p.source, p.source_id, p.title, p.start_date, p.end_date, p.funding_eur, p.funder_id, p.lead_country,
                   p.c1, p.c2, p.c3, p.c4, p.c5
            FROM kpi_project p WHERE {predicate}
            ORDER BY p.funding_eur DESC NULLS LAST, p.source, p.source_id
            LIMIT {Math.Max(0, limit).ToString(CultureInfo.InvariantCulture)}
            """,
            ReadProject, cancellationToken, [.. args]);

    private static KpiProject ReadProject(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetTextOrNull(2), r.GetDateOrNull(3), r.GetDateOrNull(4), r.GetDecimalOrNull(5),
        r.GetTextOrNull(6), r.GetTextOrNull(7),
        [.. KpiBaseSql.Challenges.Where((_, i) => Convert.ToInt32(r.GetValue(8 + i), CultureInfo.InvariantCulture) == 1)]);
}
