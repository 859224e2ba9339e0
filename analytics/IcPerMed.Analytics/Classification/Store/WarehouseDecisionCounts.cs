using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>How the current classification of every project was decided, counted.</summary>
public static class WarehouseDecisionCounts
{
    /// <summary>
    /// Per source, in name order: projects, PM projects and the abstentions for insufficient text and for a language the
    /// model was not trained on (counted as not PM) as every KPI reads them, with analyst overrides winning; and the PM
    /// projects a source signal decided.
    /// </summary>
    public static async Task<IReadOnlyList<DecisionCount>> GetDecisionCountsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT source, count(*),
                   count(CASE WHEN pm THEN 1 END),
                   count(CASE WHEN decided_by = '{ClassificationDecision.InsufficientText}' THEN 1 END),
                   count(CASE WHEN decided_by = '{ClassificationDecision.SourceSignal}' THEN 1 END),
                   count(CASE WHEN decided_by = '{ClassificationDecision.LanguageNotSupported}' THEN 1 END)
            FROM project_classification GROUP BY source ORDER BY source
            """,
            r => new DecisionCount(r.GetString(0), r.GetCount(1), r.GetCount(2), r.GetCount(3), r.GetCount(4), r.GetCount(5)),
            cancellationToken).ConfigureAwait(false);
    }
}
