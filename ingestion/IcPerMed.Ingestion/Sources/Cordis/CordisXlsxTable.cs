using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Reads the first worksheet of a CORDIS XLSX export row by row with the SAX-style <see cref="OpenXmlReader"/>, so
/// only one row is in memory at a time. CORDIS writes inline strings (Apache POI); shared strings are handled too,
/// and their table is the one thing held in memory (it is part of the workbook's design and empty in CORDIS files).
/// </summary>
internal sealed class CordisXlsxTable : ICordisTable
{
    private readonly CordisTableSource source;
    private readonly Stream stream;
    private readonly SpreadsheetDocument document;
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly OpenXmlReader reader;
    private long lastRow;

    private CordisXlsxTable(CordisTableSource source, Stream stream, SpreadsheetDocument document, WorksheetPart sheet)
    {
        this.source = source;
        this.stream = stream;
        this.document = document;
        sharedStrings = XlsxCells.ReadSharedStrings(document.WorkbookPart!.SharedStringTablePart);
        reader = OpenXmlReader.Create(sheet);
        var header = NextRow();
        Header = new CordisHeader(source.Name, header?.Fields ?? []);
    }

    public CordisHeader Header { get; }

    public long BytesRead => stream.Position;

    /// <summary>Opens the workbook (copying a zip entry to a self-deleting temp file first: packages need to seek).</summary>
    /// <exception cref="SourceFormatException">The file is not a readable XLSX workbook.</exception>
    public static async Task<CordisXlsxTable> OpenAsync(CordisTableSource source, string tempDirectory, CancellationToken cancellationToken)
    {
        var stream = source.Open();
        if (!stream.CanSeek)
            stream = await SpoolAsync(stream, tempDirectory, cancellationToken);
        try
        {
            var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart
                ?? throw new SourceFormatException(source.Name, "is not an XLSX workbook: it has no workbook part");
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value
                ?? throw new SourceFormatException(source.Name, "has no worksheet");
            return new CordisXlsxTable(source, stream, document, (WorksheetPart)workbook.GetPartById(first));
        }
        catch (SourceFormatException)
        {
            await stream.DisposeAsync();
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            await stream.DisposeAsync();
            throw new SourceFormatException(source.Name, $"is not a valid XLSX workbook (truncated or another format): {e.Message}", e);
        }
    }

    public async IAsyncEnumerable<CordisRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
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
        document.Dispose();
        return stream.DisposeAsync();
    }

    private CordisRow? NextRow()
    {
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var fields = XlsxCells.Values(row, sharedStrings);
            if (fields.Count == 0)
                continue;
            // Rows carry their number (r="12"); a writer may leave it out, then rows follow one another.
            lastRow = (long?)row.RowIndex?.Value ?? lastRow + 1;
            return new CordisRow(source.Name, lastRow, fields, string.Join(';', fields));
        }
        return null;
    }

    private static async Task<Stream> SpoolAsync(Stream entry, string tempDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(tempDirectory, $"cordis-{Guid.NewGuid():N}.xlsx");
        var copy = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (entry)
            await entry.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }
}
