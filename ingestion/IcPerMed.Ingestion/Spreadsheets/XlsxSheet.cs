using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// One worksheet read row by row with the SAX-style <see cref="OpenXmlReader"/> (one row in memory at a time). Cells
/// read as <see cref="XlsxCells"/> gives them: numbers and date serials as their stored number, text as text. Rows
/// with no cells are skipped.
/// </summary>
internal sealed class XlsxSheet : ISheet
{
    private readonly OpenXmlReader reader;
    private readonly IReadOnlyList<string> sharedStrings;
    private long lastRow;

    internal XlsxSheet(string name, WorksheetPart part, IReadOnlyList<string> sharedStrings)
    {
        Name = name;
        this.sharedStrings = sharedStrings;
        reader = OpenXmlReader.Create(part);
        Header = [.. (NextRow()?.Fields ?? []).Select(h => h.Trim())];
        if (Header.Count == 0 || Header.All(h => h.Length == 0))
            throw new SourceFormatException(name, "is empty: no header row");
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public async IAsyncEnumerable<SheetRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = 0L;
        while (NextRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
            // OpenXmlReader has no async API; give the thread back now and then during a long sheet.
            if (++rows % 1000 == 0)
                await Task.Yield();
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        return ValueTask.CompletedTask;
    }

    private SheetRow? NextRow()
    {
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var fields = XlsxCells.Values(row, sharedStrings);
            if (fields.All(string.IsNullOrWhiteSpace))
                continue;
            // Rows carry their number (r="12"); a writer may leave it out, then rows follow one another.
            lastRow = (long?)row.RowIndex?.Value ?? lastRow + 1;
            return new SheetRow(lastRow, fields, string.Join('\t', fields));
        }
        return null;
    }
}
