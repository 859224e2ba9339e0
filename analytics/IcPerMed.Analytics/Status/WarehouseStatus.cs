using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Status;

/// <summary>Per source, what the warehouse holds and how its harvests went, with its classification decisions; totals per source.</summary>
public static class WarehouseStatus
{
    /// <summary>Per source: what is stored and how its runs went, sources in name order.</summary>
    public static async Task<IReadOnlyList<SourceStatus>> GetSourceStatusAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var runs = await connection.QueryAsync(
            """
            SELECT id, source, status, origin, started_at, finished_at, error FROM harvest_run
            WHERE id IN (SELECT max(id) FROM harvest_run GROUP BY source)
               OR id IN (SELECT max(id) FROM harvest_run WHERE status = 'succeeded' GROUP BY source)
            """,
            r => (Source: r.GetString(1), Run: new RunInfo(r.GetInt64(0), r.GetString(2), r.GetString(3),
                r.GetTimestamp(4)!.Value, r.GetTimestamp(5), r.IsDBNull(6) ? null : r.GetString(6))),
            cancellationToken).ConfigureAwait(false);
        var counts = await connection.QueryAsync(
            """
            SELECT s.source,
                   (SELECT count(*) FROM project p WHERE p.source = s.source),
                   (SELECT count(*) FROM organisation o WHERE o.source = s.source),
                   (SELECT count(*) FROM participation x WHERE x.source = s.source),
                   (SELECT count(*) FROM quarantine q WHERE q.harvest_run_id =
                       (SELECT max(id) FROM harvest_run h WHERE h.source = s.source AND h.status = 'succeeded'))
            FROM (SELECT DISTINCT source FROM harvest_run) s
            ORDER BY s.source
            """,
            r => (Source: r.GetString(0), Projects: r.GetCount(1), Organisations: r.GetCount(2), Participations: r.GetCount(3), Quarantined: r.GetCount(4)),
            cancellationToken).ConfigureAwait(false);
        var decisions = (await warehouse.GetDecisionCountsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Source);
        return [.. counts.Select(c =>
        {
            var ofSource = runs.Where(r => r.Source == c.Source).Select(r => r.Run).OrderByDescending(r => r.Id).ToList();
            return new SourceStatus(c.Source, c.Projects, c.Organisations, c.Participations, c.Quarantined,
                ofSource.FirstOrDefault(), ofSource.FirstOrDefault(r => r.Status == "succeeded"))
            {
                Pm = decisions.TryGetValue(c.Source, out var d) ? d.Pm : 0,
                InsufficientText = d?.InsufficientText ?? 0,
                LanguageNotSupported = d?.LanguageNotSupported ?? 0,
            };
        })];
    }

    /// <summary>Counts and EUR sums per source, for comparing harvests and stores.</summary>
    public static async Task<IReadOnlyList<WarehouseTotals>> GetTotalsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            """
            SELECT s.source,
                   (SELECT count(*) FROM project p WHERE p.source = s.source),
                   (SELECT count(*) FROM organisation o WHERE o.source = s.source),
                   (SELECT count(*) FROM participation x WHERE x.source = s.source),
                   (SELECT count(*) FROM project_subject j WHERE j.source = s.source),
                   (SELECT coalesce(sum(funding_eur), 0) FROM project p WHERE p.source = s.source),
                   (SELECT coalesce(sum(contribution_eur), 0) FROM participation x WHERE x.source = s.source),
                   (SELECT coalesce(sum(total_cost_eur), 0) FROM project p WHERE p.source = s.source)
            FROM (SELECT DISTINCT source FROM project) s
            ORDER BY s.source
            """,
            r => new WarehouseTotals(r.GetString(0), r.GetCount(1), r.GetCount(2), r.GetCount(3), r.GetCount(4),
                Convert.ToDecimal(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToDecimal(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToDecimal(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false);
    }
}
