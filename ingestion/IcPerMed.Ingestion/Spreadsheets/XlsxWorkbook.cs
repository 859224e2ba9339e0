using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// An XLSX workbook opened read-only, whose worksheets are read by name as <see cref="XlsxSheet"/>s. The shared string
/// table is read once for all sheets.
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

    /// <summary>The worksheets' names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames =>
        [.. workbook.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty) ?? []];

    /// <summary>Opens a seekable <paramref name="stream"/> as a workbook; the workbook owns the stream.</summary>
    /// <exception cref="SourceFormatException">It is not a readable XLSX workbook.</exception>
    public static XlsxWorkbook Open(Stream stream, string name)
    {
        try
        {
            var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new SourceFormatException(name, "is not an XLSX workbook: it has no workbook part");
            return new XlsxWorkbook(name, stream, document, workbook);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            stream.Dispose();
            throw new SourceFormatException(name, $"is not a valid XLSX workbook (truncated or another format): {e.Message}", e);
        }
    }

    /// <summary>The worksheet called <paramref name="sheetName"/> (any case), the first one when null; null when there is no such sheet.</summary>
    /// <exception cref="SourceFormatException">The sheet has no header row.</exception>
    public XlsxSheet? OpenSheet(string? sheetName)
    {
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheetName is null
            ? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName, StringComparison.OrdinalIgnoreCase));
        if (sheet?.Id?.Value is not { } id)
            return null;
        var label = $"{Name}!{sheet.Name?.Value}";
        return new XlsxSheet(label, (WorksheetPart)workbook.GetPartById(id), sharedStrings.Value);
    }

    public ValueTask DisposeAsync()
    {
        document.Dispose();
        return stream.DisposeAsync();
    }
}
