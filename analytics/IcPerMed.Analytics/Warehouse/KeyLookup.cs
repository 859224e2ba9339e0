namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// The rows of one project in a table keyed by (source, id), written so that both stores answer from an index.
/// </summary>
/// <remarks>
/// DuckDB 1.5 answers an equality on one indexed column from its ART index (about 0.5 ms at a million projects) but
/// scans the whole table when the filter names two columns, even with a two-column primary key (30-80 ms, and 4.9
/// million participations for the participants). So the id is matched alone inside a materialised CTE, which keeps
/// the source filter from being pushed into the same scan, and the source is checked on the few rows found. PostgreSQL
/// uses the same one-column index (schema version 18, <c>018_key_lookups.sql</c>).
/// </remarks>
internal static class KeyLookup
{
    /// <summary>
    /// A derived table (alias it) of the rows of <paramref name="table"/> whose source is $1 and <paramref name="idColumn"/>
    /// is $2, with <paramref name="columns"/> (which must include source): fetching a found row costs a read per column,
    /// so a lookup names the columns it needs (a project has thirty, the abstract among them).
    /// </summary>
    public static string Rows(string table, string columns, string idColumn = "source_id") =>
        $"(WITH hit AS MATERIALIZED (SELECT {columns} FROM {table} WHERE {idColumn} = $2) SELECT * FROM hit WHERE source = $1)";
}
