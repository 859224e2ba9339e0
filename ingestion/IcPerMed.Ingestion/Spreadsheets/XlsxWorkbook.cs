using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// An XLSX workbook opened read-only, whose worksheets are read by name as <see cref="XlsxRows"/> (or as tables,
/// <see cref="XlsxSheet"/>). The shared string table is read once for all sheets.
/// </summary>
internal sealed class XlsxWorkbook : IAsyncDisposable
{
    private readonly Stream stream;
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Lazy<IReadOnlyList<string>> sharedStrings;

    private XlsxWorkbook(string name, Stream stream, SpreadsheetDocument document, WorkbookPart workbook)
    {
        Name = name;
        this.stream = stream;
        this.document = document;
        this.workbook = workbook;
        sharedStrings = new(() => XlsxCells.ReadSharedStrings(workbook.SharedStringTablePart));
    }

    /// <summary>The file, as records name their origin.</summary>
    public string Name { get; }

    /// <summary>Bytes of the file consumed so far, for progress reports.</summary>
    public long BytesRead => stream.Position;

    /// <summary>The worksheets' names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames =>
        [.. workbook.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty) ?? []];

    /// <summary>Opens a seekable <paramref name="stream"/> as a workbook; the workbook owns the stream, and disposes it if it cannot open.</summary>
    /// <exception cref="SourceFormatException">It is not a readable XLSX workbook (another format, truncated, a zip of something else).</exception>
    public static XlsxWorkbook Open(Stream stream, string name)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new SourceFormatException(name, "is not an XLSX workbook: it has no workbook part");
            // The workbook part (its sheet list) loads on first use: load it here, so a broken one is reported as this
            // file's error now and not as a crash when the first sheet is looked up.
            _ = workbook.Workbook;
            return new XlsxWorkbook(name, stream, document, workbook);
        }
        catch (SourceFormatException)
        {
            document?.Dispose();
            stream.Dispose();
            throw;
        }
        catch (Exception e) when (IsBrokenPackage(e))
        {
            document?.Dispose();
            stream.Dispose();
            throw NotValid(name, e);
        }
    }

    /// <summary>The rows of the worksheet called <paramref name="sheetName"/> (any case), the first one when null; null when there is no such sheet.</summary>
    /// <exception cref="SourceFormatException">The workbook names a sheet it does not hold, or its shared strings are broken.</exception>
    public XlsxRows? OpenRows(string? sheetName)
    {
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheetName is null
            ? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName, StringComparison.OrdinalIgnoreCase));
        if (sheet?.Id?.Value is not { } id)
            return null;
        try
        {
            return new XlsxRows($"{Name}!{sheet.Name?.Value}", (WorksheetPart)workbook.GetPartById(id), sharedStrings.Value);
        }
        catch (Exception e) when (IsBrokenPackage(e))
        {
            throw NotValid(Name, e);
        }
    }

    /// <summary>The worksheet called <paramref name="sheetName"/> as a table (see <see cref="OpenRows"/>); null when there is no such sheet.</summary>
    /// <exception cref="SourceFormatException">The sheet has no header row, or is broken.</exception>
    public XlsxSheet? OpenSheet(string? sheetName) => OpenRows(sheetName) is { } rows ? new XlsxSheet(rows) : null;

    public ValueTask DisposeAsync()
    {
        document.Dispose();
        return stream.DisposeAsync();
    }

    // What a damaged package throws on the way in: the zip layer (IOException, InvalidDataException), the package and
    // its parts ([Content_Types].xml, the .rels files, workbook.xml) as XML (XmlException), relationships that point
    // nowhere (ArgumentException, KeyNotFoundException, UriFormatException) or to a part of the wrong type.
    private static bool IsBrokenPackage(Exception e) =>
        e is OpenXmlPackageException or IOException or FormatException or System.Xml.XmlException or InvalidOperationException
            or ArgumentException or KeyNotFoundException or InvalidCastException or NotSupportedException;

    private static SourceFormatException NotValid(string name, Exception e) =>
        new(name, $"is not a valid XLSX workbook (truncated or another format): {e.Message}", e);
}
