using System.Runtime.CompilerServices;
using CsvHelper;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Reads a CORDIS CSV (plain or gzip, told by its first bytes) with CsvHelper: '"' quoting with line breaks and
/// separators inside quotes, the separator taken from the header line (<see cref="CordisCsvSniffer"/>), text decoded
/// by <see cref="CordisTextEncoding"/>. A row with bad quoting is handed on as malformed (to be quarantined) and the
/// read goes on; a row whose field count differs from the header's is quarantined by <see cref="CordisTableReader"/>
/// (line breaks inside quotes are part of a field, so multi-line records count right). A cut or corrupt .gz
/// fails the read (<see cref="CheckedGzipStream"/>).
/// </summary>
internal sealed class CordisCsvTable : ICordisTable
{
    // A CORDIS record is a few KB; a record that grows past this is an unclosed quote swallowing the file.
    private const int MaxRecordBytes = 16 * 1024 * 1024;
    private const int BufferBytes = 64 * 1024;

    private readonly CordisTableSource source;
    private readonly CountingStream? plain;
    private readonly CheckedGzipStream? inflated;
    private readonly CsvReader reader;
    private readonly Queue<CordisRow> malformed = new();

    private CordisCsvTable(CordisTableSource source, bool gzip, char separator)
    {
        this.source = source;
        var stream = source.Open();
        Stream text = gzip
            ? inflated = CheckedGzipStream.Open(stream, source.Name)
            : plain = new CountingStream(stream);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            Quote = '"',
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = OnMalformed,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        var textReader = new StreamReader(text, CordisTextEncoding.Utf8WithLatin1Fallback, true, BufferBytes);
        reader = CsvReader.Create(textReader, options, leaveOpen: false);
        Header = new CordisHeader(source.Name, []);
    }

    public CordisHeader Header { get; private set; }

    // Stored bytes, compressed or not: progress sets them against the file's length.
    public long BytesRead => inflated?.CompressedBytesRead ?? plain?.BytesRead ?? 0;

    /// <summary>Opens the table and reads its header.</summary>
    /// <exception cref="SourceFormatException">The file is not a CSV of the kind its name claims.</exception>
    public static async Task<CordisCsvTable> OpenAsync(CordisTableSource source, CancellationToken cancellationToken)
    {
        var (gzip, separator) = await CordisCsvSniffer.InspectAsync(source, cancellationToken);
        var table = new CordisCsvTable(source, gzip, separator);
        try
        {
            await table.reader.ReadHeaderAsync(cancellationToken);
            table.Header = new CordisHeader(source.Name, table.reader.Headers);
            return table;
        }
        catch
        {
            await table.DisposeAsync();
            throw;
        }
    }

    public async IAsyncEnumerable<CordisRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await ReadAsync(cancellationToken))
        {
            while (malformed.TryDequeue(out var bad))
                yield return bad;
            yield return new CordisRow(source.Name, reader.LineNumber, reader.Current.ToArray(), reader.Current.ToString());
        }
        while (malformed.TryDequeue(out var bad))
            yield return bad;
    }

    public ValueTask DisposeAsync() => reader.DisposeAsync();

    private async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException e)
        {
            throw new SourceFormatException(source.Name, $"line {e.LineNumber}: {e.Message}", e);
        }
    }

    private void OnMalformed(CsvMalformedRecord record)
    {
        var problem = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
            _ => record.Reason.ToString(),
        };
        malformed.Enqueue(new CordisRow(source.Name, record.LineNumber, [], record.RawRecord,
            $"malformed CSV: {problem}; the row could not be split into fields"));
    }
}
