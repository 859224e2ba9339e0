using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// The SQL that turns a run's staging tables into warehouse rows, written once from each table's
/// <see cref="TableShape{T}"/> for both stores.
/// </summary>
internal static class MergeSql
{
    private static readonly HashSet<string> ProvenanceColumns = ["harvest_run_id", "fetched_at", "source_file", "source_line"];

    public static string DedupTable<T>(TableShape<T> shape) => "dedup_" + shape.Table;

    /// <summary>Keeps the first occurrence (lowest line) of every key.</summary>
    public static string CreateDedup<T>(TableShape<T> shape) =>
        $"""
        CREATE TEMP TABLE {DedupTable(shape)} AS
        SELECT {shape.ColumnList} FROM (
            SELECT {shape.ColumnList}, row_number() OVER (PARTITION BY {Keys(shape)} ORDER BY source_line, source_file) AS occurrence
            FROM {shape.StagingTable}) ranked
        WHERE occurrence = 1
        """;

    /// <summary>The columns whose change makes a row "updated": everything but the key and the run provenance.</summary>
    public static IEnumerable<string> ContentColumns<T>(TableShape<T> shape) =>
        shape.Columns.Select(c => c.Name).Where(n => !shape.Key.Contains(n) && !ProvenanceColumns.Contains(n));

    public static string Changed<T>(TableShape<T> shape, string stored, string incoming)
    {
        var content = ContentColumns(shape).Select(c => $"{stored}.{c} IS DISTINCT FROM {incoming}.{c}").ToList();
        return content.Count == 0 ? "FALSE" : string.Join(" OR ", content);
    }

    public static string KeyJoin<T>(TableShape<T> shape, string left, string right) =>
        string.Join(" AND ", shape.Key.Select(k => $"{left}.{k} = {right}.{k}"));

    public static string CountNew<T>(TableShape<T> shape) =>
        $"SELECT count(*) FROM {DedupTable(shape)} d WHERE NOT EXISTS (SELECT 1 FROM {shape.Table} t WHERE {KeyJoin(shape, "t", "d")})";

    public static string CountChanged<T>(TableShape<T> shape) =>
        $"SELECT count(*) FROM {DedupTable(shape)} d JOIN {shape.Table} t ON {KeyJoin(shape, "t", "d")} WHERE {Changed(shape, "t", "d")}";

    /// <summary>Inserts new keys; rewrites a stored row only when its content changed, so an unchanged re-harvest writes nothing.</summary>
    public static string Upsert<T>(TableShape<T> shape)
    {
        var updates = shape.Columns.Select(c => c.Name).Where(n => !shape.Key.Contains(n)).Select(n => $"{n} = excluded.{n}");
        return $"""
            INSERT INTO {shape.Table} ({shape.ColumnList})
            SELECT {shape.ColumnList} FROM {DedupTable(shape)}
            ON CONFLICT ({Keys(shape)}) DO UPDATE SET {string.Join(", ", updates)}
            WHERE {Changed(shape, shape.Table, "excluded")}
            """;
    }

    /// <summary>
    /// Deletes the stored children (participations, subjects) of the projects this run delivered children for,
    /// when the run no longer lists them: the source removed them.
    /// </summary>
    public static string DeleteVanishedChildren<T>(TableShape<T> shape)
    {
        var table = shape.Table;
        return $"""
            DELETE FROM {table}
            WHERE source = $1
              AND project_source_id IN (SELECT project_source_id FROM {DedupTable(shape)})
              AND NOT EXISTS (SELECT 1 FROM {DedupTable(shape)} d WHERE {KeyJoin(shape, "d", table)})
            """;
    }

    private static string Keys<T>(TableShape<T> shape) => string.Join(", ", shape.Key);
}
