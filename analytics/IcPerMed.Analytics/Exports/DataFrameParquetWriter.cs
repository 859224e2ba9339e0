using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace IcPerMed.Analytics.Exports;

/// <summary>Writes a DataFrame as an Apache Parquet file whose column types pandas, R and DuckDB read as such.</summary>
/// <remarks>
/// Schema, every column nullable: text → STRING; counts → INT64 (INT32 for an <see cref="Int32DataFrameColumn"/>);
/// numbers → DOUBLE; money → DECIMAL(18,2); flags → BOOLEAN; dates → DATE; timestamps → TIMESTAMP(MICROS, UTC).
/// Parquet.Net's writer documents a seekable stream but only appends (the footer follows the data), so a
/// non-seekable output such as stdout is written to directly; the tests hold it to that with a write-only stream.
/// </remarks>
public static partial class DataFrameParquetWriter
{
    /// <summary>Rows per row group: large enough for good compression, small enough to bound the memory one group takes.</summary>
    internal const int DefaultRowsPerGroup = 100_000;

    /// <summary>
    /// Writes the frame to <paramref name="output"/> (left open) in row groups of 100,000 rows. Money is rounded to
    /// the cent as <see cref="ExportColumns.Money"/> does (Parquet.Net would truncate), NaN and infinities become null.
    /// </summary>
    /// <exception cref="NotSupportedException">A column is not one <see cref="ExportColumns"/> builds; nothing is written.</exception>
    /// <exception cref="OverflowException">An amount does not fit DECIMAL(18,2).</exception>
    public static Task WriteAsync(DataFrame frame, Stream output, CancellationToken ct) =>
        WriteAsync(frame, output, DefaultRowsPerGroup, ct);

    /// <summary>As <see cref="WriteAsync(DataFrame, Stream, CancellationToken)"/>, with a row group size the tests can make small.</summary>
    internal static async Task WriteAsync(DataFrame frame, Stream output, int rowsPerGroup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowsPerGroup);
        var columns = frame.Columns.Select(ColumnFor).ToArray();
        var schema = new ParquetSchema(columns.Select(column => (Field)column.Field));

        var writer = await ParquetWriter.CreateAsync(schema, output, options: null, append: false, ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var rows = frame.Rows.Count;
            for (long start = 0; start < rows; start += rowsPerGroup)
            {
                var count = (int)Math.Min(rowsPerGroup, rows - start);
                using var group = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    // Parquet.Net 6.1 does not look at the token itself (string columns do not even take one).
                    ct.ThrowIfCancellationRequested();
                    await column.WriteAsync(group, start, count, ct).ConfigureAwait(false);
                }
                group.CompleteValidate();
            }
        }
    }
}
