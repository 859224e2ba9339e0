using System.Runtime.CompilerServices;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// The first worksheet of a CORDIS XLSX export, read by the shared <see cref="XlsxRows"/> loop, so only one row is in
/// memory at a time. CORDIS writes inline strings (Apache POI); shared strings are handled too, and their table is the
/// one thing held in memory (it is part of the workbook's design and empty in CORDIS files).
/// </summary>
internal sealed class CordisXlsxTable : ICordisTable
{
    private readonly CordisTableSource source;
    private readonly XlsxWorkbook workbook;
    private readonly XlsxRows rows;

    private CordisXlsxTable(CordisTableSource source, XlsxWorkbook workbook, XlsxRows rows, CordisHeader header)
    {
        this.source = source;
        this.workbook = workbook;
        this.rows = rows;
        Header = header;
    }

    public CordisHeader Header { get; }

    public long BytesRead => workbook.BytesRead;

    /// <summary>Opens the workbook (copying a zip entry to a self-deleting temp file first: packages need to seek).</summary>
    /// <exception cref="SourceFormatException">The file is not a readable XLSX workbook.</exception>
    public static async Task<CordisXlsxTable> OpenAsync(CordisTableSource source, string tempDirectory, CancellationToken cancellationToken)
    {
        var stream = source.Open();
        if (!stream.CanSeek)
            stream = await SpoolAsync(stream, tempDirectory, cancellationToken);
        var workbook = XlsxWorkbook.Open(stream, source.Name);
        XlsxRows? rows = null;
        try
        {
            rows = workbook.OpenRows(null) ?? throw new SourceFormatException(source.Name, "has no worksheet");
            var header = new CordisHeader(source.Name, rows.Next()?.Fields ?? []);
            return new CordisXlsxTable(source, workbook, rows, header);
        }
        catch
        {
            rows?.Dispose();
            await workbook.DisposeAsync();
            throw;
        }
    }

    public async IAsyncEnumerable<CordisRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.ReadAsync(cancellationToken))
            yield return new CordisRow(source.Name, row.Number, row.Fields, string.Join(';', row.Fields));
    }

    public ValueTask DisposeAsync()
    {
        rows.Dispose();
        return workbook.DisposeAsync();
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
