using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// A comma-separated file with a header row (RFC 4180: '"' quoting, line breaks and commas inside quotes, CRLF or LF),
/// read with CsvHelper. UTF-8, with or without a BOM. A row with bad quoting fails the read naming its line: files
/// read this way are small, hand-kept or published lists, where a broken quote is a broken file. A row whose field
/// count differs from the header's comes back <see cref="SheetRow.Malformed"/>, for the reader to quarantine.
/// </summary>
internal sealed class CsvSheet : ISheet
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        Quote = '"',
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MaxRecordSize = 4 * 1024 * 1024,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    private readonly CsvReader reader;

    private CsvSheet(string name, CsvReader reader)
    {
        Name = name;
        this.reader = reader;
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Opens <paramref name="stream"/> and reads its header row.</summary>
    /// <exception cref="SourceFormatException">The file is empty or its header cannot be read as CSV.</exception>
    public static async Task<CsvSheet> OpenAsync(Stream stream, string name, CancellationToken cancellationToken)
    {
        var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var sheet = new CsvSheet(name, CsvReader.Create(text, Options, leaveOpen: false));
        try
        {
            await sheet.reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            sheet.Header = [.. sheet.reader.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException e)
        {
            await sheet.DisposeAsync().ConfigureAwait(false);
            throw new SourceFormatException(name, $"the header cannot be read as CSV ({e.Message})", e);
        }
        if (sheet.Header.Count == 0 || sheet.Header.All(h => h.Length == 0))
        {
            await sheet.DisposeAsync().ConfigureAwait(false);
            throw new SourceFormatException(name, "is empty: no header row");
        }
        return sheet;
    }

    public async IAsyncEnumerable<SheetRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var fields = reader.Current.ToArray();
            yield return new SheetRow(reader.LineNumber, fields, reader.Current.ToString(), FieldCount.Mismatch(fields.Length, Header.Count));
        }
    }

    public ValueTask DisposeAsync() => reader.DisposeAsync();

    private async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException e)
        {
            throw new SourceFormatException(Name, $"line {e.LineNumber}: {e.Message}", e);
        }
    }
}
