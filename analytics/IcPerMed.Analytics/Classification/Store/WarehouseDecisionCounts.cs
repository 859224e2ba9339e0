using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>How the current classification of every project was decided, counted.</summary>
public static class WarehouseDecisionCounts
{
    /// <summary>
    /// Per source, in name order: projects, PM projects and the abstentions for insufficient text and for a language the
    /// model was not trained on (counted as not PM) as every KPI reads them, with analyst overrides winning; and the PM
    /// projects a source signal decided. Read from the stored current classification (what the project_classification
    /// view decides, kept with it), because the overview shows these on every request.
    /// </summary>
    public static async Task<IReadOnlyList<DecisionCount>> GetDecisionCountsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT p.source, p.projects, coalesce(c.pm, 0), coalesce(c.insufficient, 0), coalesce(c.signal, 0), coalesce(c.language, 0)
            FROM (SELECT source, count(*) AS projects FROM project GROUP BY source) p
            LEFT JOIN (
                SELECT source, count(CASE WHEN pm THEN 1 END) AS pm,
                       count(CASE WHEN decided_by = '{ClassificationDecision.InsufficientText}' THEN 1 END) AS insufficient,
                       count(CASE WHEN decided_by = '{ClassificationDecision.SourceSignal}' THEN 1 END) AS signal,
                       count(CASE WHEN decided_by = '{ClassificationDecision.LanguageNotSupported}' THEN 1 END) AS language
                FROM current_classification GROUP BY source) c ON c.source = p.source
            ORDER BY p.source
            """,
            r => new DecisionCount(r.GetString(0), r.GetCount(1), r.GetCount(2), r.GetCount(3), r.GetCount(4), r.GetCount(5)),
            cancellationToken).ConfigureAwait(false);
    }
}
