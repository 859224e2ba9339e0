using Microsoft.Data.Analysis;

namespace IcPerMed.Analytics.Exports;

/// <summary>The one entry point for analyst exports: a DataFrame, a format, a stream.</summary>
public static class DataFrameExport
{
    /// <summary>
    /// Writes <paramref name="frame"/> to <paramref name="output"/> in <paramref name="format"/>; the stream stays
    /// open and need not be seekable (stdout, an HTTP response body).
    /// </summary>
    /// <exception cref="NotSupportedException">A column is not one <see cref="ExportColumns"/> builds.</exception>
    public static Task WriteAsync(DataFrame frame, ExportFormat format, Stream output, CancellationToken ct) => format switch
    {
        ExportFormat.Csv => DataFrameCsvWriter.WriteAsync(frame, output, ct),
        ExportFormat.Json => DataFrameJsonWriter.WriteAsync(frame, output, ct),
        ExportFormat.Parquet => DataFrameParquetWriter.WriteAsync(frame, output, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format."),
    };
}
