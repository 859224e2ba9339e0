using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Analysis;

namespace IcPerMed.Analytics.Exports;

/// <summary>Writes a DataFrame as a JSON array of objects, one per row, keyed by column name.</summary>
/// <remarks>
/// Text is written as it is, without <see cref="SpreadsheetFormula"/>: JSON is not a spreadsheet format, nothing
/// evaluates a string that starts with <c>=</c>, and a quote in front would change the data.
/// </remarks>
public static class DataFrameJsonWriter
{
    /// <summary>Bytes the writer may hold before they go to the stream, so a large frame is streamed.</summary>
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        // "Köln" and "-2+3" as themselves, not "K\u00F6ln" and "-2\u002B3": the file is read by people and their
        // tools. The relaxed encoder only matters for JSON pasted into HTML, which an export file never is; it
        // still escapes quotes, backslashes and control characters, so the output is valid JSON (RFC 8259).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes the rows to <paramref name="output"/> as UTF-8 (no BOM), leaving it open. Numbers are JSON numbers
    /// (money exact, e.g. <c>1234567.89</c>), dates <c>"yyyy-MM-dd"</c>, timestamps <c>"yyyy-MM-ddTHH:mm:ssZ"</c> in UTC,
    /// booleans true/false, and a missing value <c>null</c> (a non-finite double too: JSON cannot hold it).
    /// </summary>
    /// <exception cref="NotSupportedException">A column is not one <see cref="ExportColumns"/> builds; nothing is written.</exception>
    public static async Task WriteAsync(DataFrame frame, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(output);
        var columns = frame.Columns;
        var names = new JsonEncodedText[columns.Count];
        var cells = new Action<Utf8JsonWriter, long>[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            names[i] = JsonEncodedText.Encode(columns[i].Name, Options.Encoder);
            cells[i] = CellWriter(columns[i]);
        }

        var json = new Utf8JsonWriter(output, Options);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartArray();
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                json.WriteStartObject();
                for (var i = 0; i < cells.Length; i++)
                {
                    json.WritePropertyName(names[i]);
                    cells[i](json, row);
                }
                json.WriteEndObject();
                if (json.BytesPending > FlushThreshold)
                    await json.FlushAsync(ct).ConfigureAwait(false);
            }
            json.WriteEndArray();
            await json.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    private static Action<Utf8JsonWriter, long> CellWriter(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn text => (json, row) =>
        {
            if (text[row] is { } value)
                json.WriteStringValue(value);
            else
                json.WriteNullValue();
        },
        PrimitiveDataFrameColumn<long> counts => Cells(counts, static (json, count) => json.WriteNumberValue(count)),
        PrimitiveDataFrameColumn<int> numbers => Cells(numbers, static (json, number) => json.WriteNumberValue(number)),
        PrimitiveDataFrameColumn<double> numbers => Cells(numbers, static (json, number) =>
        {
            if (ExportValues.Finite(number) is { } finite)
                json.WriteNumberValue(finite);
            else
                json.WriteNullValue();
        }),
        PrimitiveDataFrameColumn<decimal> money => Cells(money, static (json, amount) => json.WriteNumberValue(amount)),
        PrimitiveDataFrameColumn<bool> flags => Cells(flags, static (json, flag) => json.WriteBooleanValue(flag)),
        PrimitiveDataFrameColumn<DateOnly> dates => Cells(dates, static (json, date) =>
            json.WriteStringValue(ExportValues.Date(date))),
        PrimitiveDataFrameColumn<DateTimeOffset> instants => Cells(instants, static (json, instant) =>
            json.WriteStringValue(ExportValues.Timestamp(instant))),
        _ => throw ExportColumns.Unsupported(column),
    };

    /// <summary>A cell writer for a value column: <c>null</c> where the column has none, else <paramref name="write"/>.</summary>
    private static Action<Utf8JsonWriter, long> Cells<T>(PrimitiveDataFrameColumn<T> column, Action<Utf8JsonWriter, T> write)
        where T : unmanaged => (json, row) =>
        {
            if (column[row] is { } value)
                write(json, value);
            else
                json.WriteNullValue();
        };
}
