using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Reads one table start to end: opens it as CSV or XLSX, picks the mapper for its part (which checks the header),
/// quarantines rows that cannot be split or whose field count differs from the header's (<see cref="FieldCount"/>),
/// maps the rest, and reports progress every <see cref="ProgressEvery"/> rows. The parse and the mapping run side by
/// side on two threads, rows passing between them in file order.
/// </summary>
internal static class CordisTableReader
{
    public const int ProgressEvery = 1000;

    /// <exception cref="SourceFormatException">The table is not what its name claims, or its compression is broken.</exception>
    public static async Task ReadAsync(CordisTableSource source, CordisMapping mapping, HarvestContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            await ReadRowsAsync(source, mapping, context, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            // Deflate data that ends or breaks mid-stream: a cut-off zip entry or workbook (a .gz is checked by CheckedGzipStream).
            throw new SourceFormatException(source.Name, $"truncated or corrupt compressed data: {e.Message}", e);
        }
    }

    private static async Task ReadRowsAsync(CordisTableSource source, CordisMapping mapping, HarvestContext context,
        CancellationToken cancellationToken)
    {
        await using var table = source.Format == CordisTableFormat.Xlsx
            ? (ICordisTable)await CordisXlsxTable.OpenAsync(source, context.DownloadDirectory, cancellationToken)
            : await CordisCsvTable.OpenAsync(source, cancellationToken);
        var mapper = mapping.For(source.Part, table.Header);
        // The parse runs on a core of its own and the checks, hashes and sink calls on another, in file order: one
        // parser, one mapper, a short queue between them (memory stays a few hundred rows, whatever the file).
        var queue = Channel.CreateBounded<CordisRow>(new BoundedChannelOptions(QueuedRows) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parsing = Task.Run(() => ParseAsync(table, queue.Writer, stop.Token), CancellationToken.None);
        try
        {
            await MapRowsAsync(source, table, mapper, mapping.Sink, queue.Reader, context, cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            await parsing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // A parse error is why the mapper stopped: surface it as the parser raised it.
            if (parsing.Exception?.InnerException is { } parseError)
                ExceptionDispatchInfo.Throw(parseError);
            throw;
        }
        await parsing;
    }

    private const int QueuedRows = 256;

    private static async Task ParseAsync(ICordisTable table, ChannelWriter<CordisRow> queue, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var row in table.ReadRowsAsync(cancellationToken))
                await queue.WriteAsync(row, cancellationToken);
            queue.Complete();
        }
        catch (Exception e)
        {
            queue.Complete(e);
            throw;
        }
    }

    private static async Task MapRowsAsync(CordisTableSource source, ICordisTable table, ICordisRowMapper mapper, IHarvestSink sink,
        ChannelReader<CordisRow> queue, HarvestContext context, CancellationToken cancellationToken)
    {
        var columns = table.Header.Names.Count;
        // A worksheet may leave out a row's trailing empty cells, so only a CSV row can be too short.
        var shortRowsAreCut = source.Format == CordisTableFormat.Csv;
        var rows = 0L;
        await foreach (var row in queue.ReadAllAsync(cancellationToken))
        {
            if (row.Malformed is { } reason)
                await sink.QuarantineAsync(row.Quarantine(null, reason, null), cancellationToken);
            else if ((row.Fields.Count > columns || (shortRowsAreCut && row.Fields.Count < columns))
                     && FieldCount.Mismatch(row.Fields.Count, columns) is { } mismatch)
                await sink.QuarantineAsync(row.Quarantine(null, mismatch, row[0]), cancellationToken);
            else
                await mapper.MapAsync(row, cancellationToken);

            if (++rows % ProgressEvery == 0)
                context.Progress?.Report(new HarvestProgress(source.Name, rows, table.BytesRead, source.Length));
        }
        context.Progress?.Report(new HarvestProgress(source.Name, rows, table.BytesRead, source.Length));
    }
}
