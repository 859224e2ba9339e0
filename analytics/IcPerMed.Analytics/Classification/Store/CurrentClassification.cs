using System.Data.Common;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// Keeps the stored <c>current_classification</c> table equal to what the <c>project_classification</c> view decides
/// (schema version 17). Every write the view's answer rests on (a model registered, a model's predictions replaced, an
/// override added) rewrites the table in the same transaction, so a reader never sees one without the other.
/// </summary>
/// <remarks>
/// The view stays the one definition of a classification: the table is filled from it, never computed by rules of its
/// own. What the table buys is speed for readers that want only the decision: at a million projects the KPI base tables
/// read the 35,000 personalised-medicine rows instead of joining every project with every prediction (on PostgreSQL
/// 2.1 s for <c>kpi_project</c> before, docs/benchmarks.md).
/// </remarks>
internal static class CurrentClassification
{
    private const string Columns = "source, source_id, pm, c1, c2, c3, c4, c5, decided_by";

    /// <summary>Rewrites the whole table from the view: after a model is registered or its predictions are replaced.</summary>
    public static async Task RefreshAllAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(transaction, "DELETE FROM current_classification", cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction,
            $"INSERT INTO current_classification ({Columns}) SELECT {Columns} FROM project_classification WHERE decided_by IS NOT NULL",
            cancellationToken).ConfigureAwait(false);
        // PostgreSQL's planner needs to know how few rows are PM before autovacuum gets to it; the KPI base tables join on it.
        await connection.ExecuteAsync(transaction, "ANALYZE current_classification", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rewrites one project's row: after an analyst's override of it.</summary>
    public static async Task RefreshProjectAsync(DbConnection connection, DbTransaction transaction, string source, string sourceId,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(transaction, "DELETE FROM current_classification WHERE source = $1 AND source_id = $2",
            cancellationToken, source, sourceId).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction,
            $"INSERT INTO current_classification ({Columns}) SELECT {Columns} FROM {WarehouseClassification.OneProjectSql} WHERE decided_by IS NOT NULL",
            cancellationToken, source, sourceId).ConfigureAwait(false);
    }
}
