using System.Data.Common;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// Replaces one model version's predictions in one transaction: the old rows of that version go, the new ones are
/// bulk-loaded in batches, and nothing is visible until <see cref="CommitAsync"/>. Other versions' rows stay.
/// </summary>
public sealed class PredictionWriter : IAsyncDisposable
{
    private const int BatchSize = 10_000;

    private readonly IWarehouseDialect dialect;
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly DateTimeOffset predictedAt;
    private readonly List<StagedRow<ProjectPrediction>> batch = new(BatchSize);
    private bool committed;

    private PredictionWriter(IWarehouseDialect dialect, DbConnection connection, DbTransaction transaction, DateTimeOffset predictedAt)
    {
        this.dialect = dialect;
        this.connection = connection;
        this.transaction = transaction;
        this.predictedAt = predictedAt;
    }

    /// <summary>Predictions written so far.</summary>
    public long Written { get; private set; }

    internal static async Task<PredictionWriter> StartAsync(IWarehouseDialect dialect, string modelVersion, DateTimeOffset predictedAt,
        CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "DELETE FROM prediction WHERE model_version = $1", cancellationToken, modelVersion).ConfigureAwait(false);
        return new PredictionWriter(dialect, connection, transaction, predictedAt);
    }

    public async Task AddAsync(IEnumerable<ProjectPrediction> predictions, CancellationToken cancellationToken)
    {
        foreach (var prediction in predictions)
        {
            batch.Add(new StagedRow<ProjectPrediction>(prediction, 0, predictedAt));
            Written++;
            if (batch.Count >= BatchSize)
                await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        // When these are the current model's predictions, every project's current decision may change with them.
        await CurrentClassification.RefreshAllAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        committed = true;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;
        await dialect.BulkLoadAsync(connection, PredictionTable.Shape.Table, PredictionTable.Shape, batch, cancellationToken).ConfigureAwait(false);
        batch.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (!committed)
            await transaction.RollbackAsync().ConfigureAwait(false);
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
