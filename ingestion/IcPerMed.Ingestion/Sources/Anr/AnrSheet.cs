using System.Globalization;
using System.Runtime.CompilerServices;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// The one worksheet of an ANR export file, read with the shared <see cref="XlsxWorkbook"/> row loop: its header checked
/// for the required columns before any row is read, then its data rows, each with the reason it cannot be read by
/// column when its cell count is off.
/// </summary>
internal sealed class AnrSheet : IAsyncDisposable
{
    private readonly XlsxWorkbook workbook;
    private readonly XlsxSheet sheet;

    private AnrSheet(XlsxWorkbook workbook, XlsxSheet sheet, long length)
    {
        this.workbook = workbook;
        this.sheet = sheet;
        Columns = new SheetColumns(sheet.Name, sheet.Header);
        Length = length;
    }

    /// <summary>"file!sheet": the origin every record of the sheet names.</summary>
    public string Name => sheet.Name;

    public SheetColumns Columns { get; }

    public long BytesRead => workbook.BytesRead;

    public long Length { get; }

    /// <exception cref="SourceFormatException">Not an XLSX workbook, no worksheet, or a required column is missing.</exception>
    public static async Task<AnrSheet> OpenAsync(string path, IEnumerable<string> required)
    {
        var workbook = XlsxWorkbook.Open(File.OpenRead(path), path);
        XlsxSheet? sheet = null;
        try
        {
            sheet = workbook.OpenSheet(null) ?? throw new SourceFormatException(path, "the workbook has no worksheet");
            var opened = new AnrSheet(workbook, sheet, new FileInfo(path).Length);
            opened.Columns.Require(required);
            return opened;
        }
        catch
        {
            if (sheet is not null)
                await sheet.DisposeAsync().ConfigureAwait(false);
            await workbook.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The data rows in file order; blank rows are skipped (they hold nothing to account for).</summary>
    public async IAsyncEnumerable<AnrRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in sheet.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            yield return new AnrRow(Columns, row, new RecordOrigin(Name, row.Line), CellCountProblem(row.Fields));
    }

    public async ValueTask DisposeAsync()
    {
        await sheet.DisposeAsync().ConfigureAwait(false);
        await workbook.DisposeAsync().ConfigureAwait(false);
    }

    // The export writes every cell of a row, empty ones too (an inline string without text), so a row with fewer cells
    // than the header was cut short, and a value right of the last titled column has been shifted: neither can be read
    // by column. Blank cells a writer pads a row with past the header are not values and do not count.
    private string? CellCountProblem(IReadOnlyList<string> fields)
    {
        var count = fields.Count;
        while (count > sheet.Header.Count && string.IsNullOrWhiteSpace(fields[count - 1]))
            count--;
        var expected = sheet.Header.Count;
        if (count == expected)
            return null;
        var counts = string.Create(CultureInfo.InvariantCulture, $"row has {count} cells, header has {expected}");
        return count < expected
            ? counts + ": the export writes every cell, even empty ones, so the row was cut short"
            : counts + ": a value right of the last titled column (shifted cells?)";
    }
}

/// <summary>One data row of an <see cref="AnrSheet"/>, read by column title.</summary>
/// <param name="Malformed">Why the row cannot be read by column (its cell count is off); null when it can.</param>
internal sealed record AnrRow(SheetColumns Columns, SheetRow Row, RecordOrigin Origin, string? Malformed)
{
    /// <summary>
    /// The trimmed cell under <paramref name="column"/>; null when empty, "Non renseigné" (the export's "not stated") or
    /// the file has no such column.
    /// </summary>
    public string? this[string column] => AnrValues.Known(Columns.Get(Row, column));

    /// <summary>The row as read, its cells joined by tabs, for the quarantine.</summary>
    public string Raw => Row.Raw;

    /// <summary>Every cell in file order, hashed for provenance.</summary>
    public string Hash() => RawRecordHash.Of(Row.Fields);
}
