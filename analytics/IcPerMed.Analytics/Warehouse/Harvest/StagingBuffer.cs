using System.Data.Common;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// Collects rows of one table and bulk-loads them into its staging table every <see cref="BatchSize"/> rows,
/// so a harvest's memory is bounded by the batch, not by the file.
/// </summary>
internal sealed class StagingBuffer<T>(IWarehouseDialect dialect, DbConnection connection, TableShape<T> shape)
{
    public const int BatchSize = 10_000;

    private readonly List<T> rows = new(BatchSize);

    public TableShape<T> Shape => shape;

    public long Added { get; private set; }

    public async ValueTask AddAsync(T row, CancellationToken cancellationToken)
    {
        rows.Add(row);
        Added++;
        if (rows.Count >= BatchSize)
            await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;
        await dialect.BulkLoadAsync(connection, shape.StagingTable, shape, rows, cancellationToken).ConfigureAwait(false);
        rows.Clear();
    }
}
