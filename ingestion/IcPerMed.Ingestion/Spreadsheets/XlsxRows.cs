using System.Runtime.CompilerServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>One worksheet row as read: its 1-based row number and its cells as text, column A first.</summary>
internal sealed record XlsxRow(long Number, IReadOnlyList<string> Fields);

/// <summary>
/// One worksheet's rows in file order, read with the SAX-style <see cref="OpenXmlReader"/> so that one row is in memory
/// at a time: the one XLSX row loop, under the CORDIS exports and the 360Giving and programme-list sheets alike. Cells
/// read as <see cref="XlsxCells"/> gives them (shared and inline strings as text, numbers and date serials as their
/// stored number, left-out cells as ""). Rows with no cells are skipped.
/// </summary>
internal sealed class XlsxRows : IDisposable
{
    private readonly OpenXmlReader reader;
    private readonly IReadOnlyList<string> sharedStrings;
    private long lastRow;

    internal XlsxRows(string name, WorksheetPart part, IReadOnlyList<string> sharedStrings)
    {
        Name = name;
        this.sharedStrings = sharedStrings;
        reader = OpenXmlReader.Create(part);
    }

    /// <summary>"file!sheet", as errors name it.</summary>
    public string Name { get; }

    /// <summary>The next row with at least one cell, or null after the last.</summary>
    /// <exception cref="SourceFormatException">The sheet's XML or its compressed data is broken.</exception>
    public XlsxRow? Next()
    {
        try
        {
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                    continue;
                var row = (Row)reader.LoadCurrentElement()!;
                // Rows carry their number (r="12"); a writer may leave it out, then each row element, even an empty
                // one, is the one after the last.
                lastRow = (long?)row.RowIndex?.Value ?? lastRow + 1;
                var fields = XlsxCells.Values(row, sharedStrings);
                if (fields.Count > 0)
                    return new XlsxRow(lastRow, fields);
            }
            return null;
        }
        catch (XmlException e)
        {
            throw new SourceFormatException(Name, $"the worksheet's XML is broken after row {lastRow}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            // Deflate data that ends or breaks mid-sheet: a cut-off or damaged workbook.
            throw new SourceFormatException(Name, $"truncated or corrupt compressed data after row {lastRow}: {e.Message}", e);
        }
    }

    /// <summary>The rows after those already taken with <see cref="Next"/>; memory does not grow with their number.</summary>
    public async IAsyncEnumerable<XlsxRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = 0L;
        while (Next() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
            // OpenXmlReader has no async API; give the thread back now and then during a long sheet.
            if (++rows % 1000 == 0)
                await Task.Yield();
        }
    }

    public void Dispose() => reader.Dispose();
}
