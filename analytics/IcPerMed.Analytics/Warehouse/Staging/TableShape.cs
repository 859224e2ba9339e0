namespace IcPerMed.Analytics.Warehouse.Staging;

/// <summary>A column of a staged table and how to read its value from a record.</summary>
public sealed record Column<T>(string Name, ColumnType Type, Func<T, object?> Value);

/// <summary>
/// How a record type is laid out in its warehouse table: one definition used to create the staging table,
/// to bulk-load it (appender or binary COPY) and to write the merge SQL.
/// </summary>
/// <param name="Table">The target table, e.g. "project".</param>
/// <param name="Key">The columns of its primary key.</param>
/// <param name="Columns">All columns in table order.</param>
public sealed record TableShape<T>(string Table, IReadOnlyList<string> Key, IReadOnlyList<Column<T>> Columns)
{
    /// <summary>The session-local staging table that receives a harvest's rows before the merge.</summary>
    public string StagingTable => "stage_" + Table;

    /// <summary>The column names joined for SQL.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>The values of one record in column order.</summary>
    public object?[] ValuesOf(T record)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = Columns[i].Value(record);
        return values;
    }
}
