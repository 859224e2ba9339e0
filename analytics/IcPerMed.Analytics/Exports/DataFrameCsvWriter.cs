using System.Globalization;
using CsvHelper;
using Microsoft.Data.Analysis;

namespace IcPerMed.Analytics.Exports;

/// <summary>Writes a DataFrame as CSV that a spreadsheet opens with the right characters, numbers and dates.</summary>
public static class DataFrameCsvWriter
{
    /// <summary>
    /// UTF-8 with a byte order mark: Excel reads a CSV without one in the machine's ANSI code page and shows
    /// "UniversitÃ¤tsklinikum" for "Universitätsklinikum"; pandas, R and DuckDB skip the mark. Comma separated, a
    /// header row of column names, RFC 4180 quoting and CRLF line ends, invariant culture (<c>1234567.89</c>).
    /// </summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
        TrueValue = "true",
        FalseValue = "false",
        NullValue = "",
        // SpreadsheetFormula does this for text cells, and quotes what it changed (see WriteText).
        Injection = CsvInjection.None,
    };

    /// <summary>
    /// Writes the header and every row to <paramref name="output"/>, which stays open. Row by row: the writer's
    /// buffer goes out whenever it is mostly full, so a large frame never becomes one string.
    /// Dates are <c>yyyy-MM-dd</c>, timestamps <c>yyyy-MM-ddTHH:mm:ssZ</c> in UTC, booleans <c>true</c>/<c>false</c>,
    /// null an empty cell; text keeps its line breaks (quoted) and is neutralised by <see cref="SpreadsheetFormula"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">A column is not one <see cref="ExportColumns"/> builds; nothing is written.</exception>
    public static async Task WriteAsync(DataFrame frame, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(output);
        var columns = frame.Columns;
        var cells = new Action<CsvWriter, long>[columns.Count];
        for (var i = 0; i < columns.Count; i++)
            cells[i] = CellWriter(columns[i]);

        var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            // Header names are text cells too: a KPI table may take column names from data (funder names).
            foreach (var column in columns)
                WriteText(csv, column.Name);
            await csv.EndRecordAsync(ct).ConfigureAwait(false);
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var cell in cells)
                    cell(csv, row);
                await csv.EndRecordAsync(ct).ConfigureAwait(false);
            }
            await csv.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    private static Action<CsvWriter, long> CellWriter(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn text => (csv, row) => WriteText(csv, text[row]),
        PrimitiveDataFrameColumn<long> counts => (csv, row) => csv.WriteField<long>(counts[row], default),
        PrimitiveDataFrameColumn<int> numbers => (csv, row) => csv.WriteField<int>(numbers[row], default),
        PrimitiveDataFrameColumn<double> numbers => (csv, row) =>
            csv.WriteField<double>(ExportValues.Finite(numbers[row]), default),
        PrimitiveDataFrameColumn<decimal> money => (csv, row) => csv.WriteField<decimal>(money[row], default),
        PrimitiveDataFrameColumn<bool> flags => (csv, row) =>
        {
            if (flags[row] is { } flag)
                csv.WriteField(flag);
            else
                csv.WriteField((string?)null);
        },
        PrimitiveDataFrameColumn<DateOnly> dates => (csv, row) =>
            csv.WriteField(dates[row] is { } date ? ExportValues.Date(date) : null),
        PrimitiveDataFrameColumn<DateTimeOffset> instants => (csv, row) =>
            csv.WriteField(instants[row] is { } instant ? ExportValues.Timestamp(instant) : null),
        _ => throw ExportColumns.Unsupported(column),
    };

    private static void WriteText(CsvWriter csv, string? value)
    {
        if (value is null)
        {
            csv.WriteField((string?)null);
            return;
        }
        var safe = SpreadsheetFormula.Neutralise(value);
        // OWASP also asks to quote such a cell; an unchanged one is quoted only when RFC 4180 needs it.
        if (ReferenceEquals(safe, value))
            csv.WriteField(value);
        else
            csv.WriteField(safe, CsvQuoting.Always);
    }
}
