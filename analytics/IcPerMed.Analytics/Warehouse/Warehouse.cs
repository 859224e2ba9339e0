using System.Data.Common;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Analytics.Warehouse.Migrations;
using IcPerMed.Analytics.Warehouse.Sharing;

namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// The one store every stage writes to and reads from: DuckDB (embedded default) or PostgreSQL, the same schema and
/// queries on both. Opening it applies pending migrations.
/// </summary>
public sealed partial class Warehouse : IAsyncDisposable
{
    private readonly IWarehouseDialect dialect;
    private readonly TimeProvider time;

    private Warehouse(IWarehouseDialect dialect, TimeProvider time)
    {
        this.dialect = dialect;
        this.time = time;
    }

    /// <summary>"duckdb" or "postgresql".</summary>
    public string Store => dialect.Name;

    /// <summary>How this store's KPI workspace session is set up (settings, statistics of temporary tables).</summary>
    internal AnalysisSession AnalysisSession => dialect.AnalysisSession;

    /// <summary>Where the data is, without secrets.</summary>
    public string Location => dialect.Location;

    /// <summary>Opens the store named by <paramref name="location"/> (see <see cref="WarehouseLocation"/>) and migrates it.</summary>
    public static Task<Warehouse> OpenAsync(string location, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(location, null, time, cancellationToken);

    /// <summary>
    /// As <see cref="OpenAsync(string, TimeProvider, CancellationToken)"/>, with DuckDB's buffer pool capped at
    /// <paramref name="duckDbMemoryLimit"/> (null: <see cref="DuckDbDialect.DefaultMemoryLimit"/>; PostgreSQL ignores it).
    /// </summary>
    public static Task<Warehouse> OpenAsync(string location, string? duckDbMemoryLimit, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(location, duckDbMemoryLimit, null, time, cancellationToken);

    /// <summary>
    /// As <see cref="OpenAsync(string, string?, TimeProvider, CancellationToken)"/>, taking turns at a DuckDB file with
    /// other processes as <paramref name="sharing"/> says (null: <see cref="DuckDbSharing.None"/>).
    /// </summary>
    public static async Task<Warehouse> OpenAsync(string location, string? duckDbMemoryLimit, DuckDbSharing? sharing, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var warehouse = new Warehouse(WarehouseLocation.CreateDialect(location, duckDbMemoryLimit, sharing), time);
        try
        {
            await using var connection = await warehouse.dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await MigrationRunner.ApplyAsync(connection, time, cancellationToken).ConfigureAwait(false);
            return warehouse;
        }
        catch
        {
            await warehouse.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The schema version now applied.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<int>(null, "SELECT max(version) FROM schema_migration", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a harvest run of <paramref name="source"/> read from <paramref name="origin"/> (a path or URL), recording
    /// this process as its owner. Runs whose process died are marked failed (interrupted) first.
    /// </summary>
    public async Task<HarvestSession> BeginHarvestAsync(string source, string origin, CancellationToken cancellationToken)
    {
        await MarkInterruptedRunsAsync(cancellationToken).ConfigureAwait(false);
        var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var runId = await connection.ScalarAsync<long>(null, "SELECT nextval('harvest_run_id_seq')", cancellationToken).ConfigureAwait(false);
            var startedAt = time.GetUtcNow();
            var owner = HarvestProcess.Current;
            await connection.ExecuteAsync(null,
                """
                INSERT INTO harvest_run (id, source, origin, started_at, status, host, pid, process_started_at, heartbeat_at)
                VALUES ($1, $2, $3, $4, 'running', $5, $6, $7, now())
                """,
                cancellationToken, runId, source, origin, startedAt, owner.Host, owner.Pid, owner.StartedAt).ConfigureAwait(false);
            // DuckDB needs no heartbeat (one process per file), and a second writer to the run's row would conflict
            // with the commit's own update of it there.
            var session = new HarvestSession(dialect, connection, time, runId, source, origin, startedAt, heartbeat: dialect is not DuckDbDialect);
            await session.CreateStagingTablesAsync(cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// How many times another process was found to have written a DuckDB file since this warehouse last held it (see
    /// <see cref="DuckDbSharing"/>): a long-running reader forgets what it computed when this changes. Always 0 on
    /// PostgreSQL, whose writers are seen at once.
    /// </summary>
    public long ChangesElsewhere => dialect is DuckDbDialect duckDb ? duckDb.ChangesElsewhere : 0;

    /// <summary>
    /// The DuckDB file's version as its stamp gives it (the file's and its write-ahead log's time and length), or null on
    /// PostgreSQL: every committed write changes it, reads do not, so a copy of what the file held (the project pages'
    /// dossier store) is current while the version it was read at is this one. Two stats of the file, no query.
    /// </summary>
    internal string? FileVersion => dialect is DuckDbDialect duckDb ? FileStamp.Of(duckDb.Location).Version : null;

    /// <summary>The DuckDB file, or null on PostgreSQL.</summary>
    internal string? DuckDbFile => dialect is DuckDbDialect duckDb ? duckDb.Location : null;

    /// <summary>Whether another process waits for this DuckDB file (see <see cref="DuckDbSharing"/>): long reads give way to it.</summary>
    internal bool IsSomeoneElseWaiting => dialect is DuckDbDialect duckDb && Knock.IsSomeoneElseWaiting(duckDb.Location);

    /// <summary>
    /// Writes DuckDB's log into the file (<c>CHECKPOINT</c>) where nothing stops it, so the file's version stays as it is when
    /// the last connection closes (DuckDB checkpoints then); false when it could not (a write under way) or on PostgreSQL.
    /// </summary>
    internal async Task<bool> TryCheckpointAsync(CancellationToken cancellationToken)
    {
        if (dialect is not DuckDbDialect) return false;
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(null, "CHECKPOINT", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>
    /// A new connection of the store (the caller disposes it): the one way a feature's queries (Kpis/, Snapshots/,
    /// Email/ ...) reach the data, so they need the core and not each other.
    /// </summary>
    internal Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => dialect.OpenAsync(cancellationToken);

    /// <summary>The store's dialect, for the few features whose work differs between DuckDB and PostgreSQL.</summary>
    internal IWarehouseDialect Dialect => dialect;

    /// <summary>The clock every feature stamps its rows and measures freshness with.</summary>
    internal TimeProvider Time => time;

    public ValueTask DisposeAsync() => dialect.DisposeAsync();
}
