namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// How a store's session is set up to build temporary analysis tables and query them (the KPI workspace): statements run
/// first on its connection, and whether a table needs its statistics gathered once built. Each dialect says its own.
/// </summary>
/// <param name="Settings">Statements run before the tables are built (session settings, reset when the connection goes back to the pool).</param>
/// <param name="AnalyseTemporaryTables">
/// Whether each table must be analysed once built: PostgreSQL's autovacuum never analyses temporary tables ("appropriate
/// vacuum and analyze operations should be performed via session SQL commands", CREATE TABLE docs); DuckDB keeps a
/// table's statistics as it is written.
/// </param>
public sealed record AnalysisSession(IReadOnlyList<string> Settings, bool AnalyseTemporaryTables)
{
    /// <summary>No settings, no statistics to gather (DuckDB).</summary>
    public static AnalysisSession AsIs { get; } = new([], false);
}
