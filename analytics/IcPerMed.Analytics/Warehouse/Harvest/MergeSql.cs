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

    /// <summary>How many keys occur more than once in the staging table.</summary>
    public static string CountDuplicateKeys<T>(TableShape<T> shape) =>
        $"SELECT count(*) FROM (SELECT {Keys(shape)} FROM {shape.StagingTable} GROUP BY {Keys(shape)} HAVING count(*) > 1) duplicated";

    /// <summary>Keeps the first occurrence (lowest line) of every key; only run when a key repeats.</summary>
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

    /// <summary>Inserts the keys the warehouse does not hold yet; the affected-row count is the number of new rows.</summary>
    public static string InsertNew<T>(TableShape<T> shape, string from) =>
        $"""
        INSERT INTO {shape.Table} ({shape.ColumnList})
        SELECT {shape.ColumnList} FROM {from} d
        WHERE NOT EXISTS (SELECT 1 FROM {shape.Table} t WHERE {KeyJoin(shape, "t", "d")})
        """;

    /// <summary>
    /// Rewrites a stored row only when its content changed, so an unchanged re-harvest writes nothing (not even the
    /// run id); the affected-row count is the number of updated rows. Run after <see cref="InsertNew{T}"/>.
    /// </summary>
    public static string UpdateChanged<T>(TableShape<T> shape, string from)
    {
        var updates = shape.Columns.Select(c => c.Name).Where(n => !shape.Key.Contains(n)).Select(n => $"{n} = d.{n}");
        return $"""
            UPDATE {shape.Table} SET {string.Join(", ", updates)}
            FROM {from} d
            WHERE {KeyJoin(shape, shape.Table, "d")} AND ({Changed(shape, shape.Table, "d")})
            """;
    }

    /// <summary>
    /// Deletes the stored children (participations, subjects) of the projects this run delivered children for,
    /// when the run no longer lists them: the source removed them.
    /// </summary>
    public static string DeleteVanishedChildren<T>(TableShape<T> shape, string from)
    {
        var table = shape.Table;
        return $"""
            DELETE FROM {table}
            WHERE source = $1
              AND project_source_id IN (SELECT project_source_id FROM {from})
              AND NOT EXISTS (SELECT 1 FROM {from} d WHERE {KeyJoin(shape, "d", table)})
            """;
    }

    private static string Keys<T>(TableShape<T> shape) => string.Join(", ", shape.Key);
}
