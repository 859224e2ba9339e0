using System.Data.Common;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// Collects rows of one table and hands every <see cref="BatchSize"/> rows to the session's
/// <see cref="StagingWriter"/> for loading into its staging table, so a harvest's memory is bounded by a few batches,
/// not by the file.
/// </summary>
internal sealed class StagingBuffer<T>(IWarehouseDialect dialect, DbConnection connection, TableShape<T> shape, StagingWriter writer)
{
    public const int BatchSize = 10_000;

    private List<T> rows = new(BatchSize);

    public TableShape<T> Shape => shape;

    public long Added { get; private set; }

    public async ValueTask AddAsync(T row, CancellationToken cancellationToken)
    {
        rows.Add(row);
        Added++;
        if (rows.Count >= BatchSize)
            await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Submits the rows collected so far; <see cref="StagingWriter.DrainAsync"/> waits until they are loaded.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;
        var batch = rows;
        rows = new List<T>(BatchSize);
        await writer.SubmitAsync(
            token => dialect.BulkLoadAsync(connection, shape.StagingTable, shape, batch, token), cancellationToken).ConfigureAwait(false);
    }
}
