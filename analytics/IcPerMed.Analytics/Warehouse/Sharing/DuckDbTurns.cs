using DuckDB.NET.Data;

namespace IcPerMed.Analytics.Warehouse.Sharing;

/// <summary>
/// Opens one DuckDB file's connections for one warehouse, taking turns with other processes as
/// <see cref="DuckDbSharing"/> says: waits (knocking) while another process holds the file, and between uses holds the
/// file loaded through one extra connection until it has been idle long enough or another process knocks. DuckDB
/// unloads a file, and frees it for other processes, when the last connection of this process closes.
/// </summary>
/// <remarks>
/// Its waits and idle checks run on the system clock, not on the warehouse's: they are turns with other processes, which
/// act in real time. On a test's fake clock a knock went unheard, a lock wait never ended, and advancing the clock by 15
/// days fired the 100 ms idle check 13 million times (38 s of a KPI test).
/// </remarks>
internal sealed class DuckDbTurns(string database, string connectionString, DuckDbSharing sharing) : IAsyncDisposable
{
    private static TimeProvider Clock => TimeProvider.System;

    // How often an idle holder looks for a knock: a waiting process gets the file within about this long.
    private static readonly TimeSpan IdleCheckEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private int open;
    private DuckDBConnection? held;
    private ITimer? idleCheck;
    private long idleSince;
    private FileStamp? stampWhenLetGo;
    private long changesElsewhere;

    /// <summary>How many times the file was found changed by another process on taking it back: a reader's cue to forget what it computed.</summary>
    /// Read while the file is let go, it looks at the file (two stats), so a reader learns of a change before its next query.
    public long ChangesElsewhere
    {
        get
        {
            lock (gate)
            {
                if (held is null) NoteChangesElsewhere();
                return changesElsewhere;
            }
        }
    }

    private void NoteChangesElsewhere()
    {
        if (stampWhenLetGo is not { } before) return;
        var now = FileStamp.Of(database);
        if (now == before) return;
        changesElsewhere++;
        stampWhenLetGo = now;
    }

    /// <summary>
    /// How many times this warehouse's opens found no connection of its own open nor the file held, so that DuckDB
    /// loaded the file afresh: a database-wide setting (the memory limit) is set once per load, not per connection.
    /// </summary>
    public long Loads { get { lock (gate) return loads; } }

    private long loads;

    /// <summary>Whether this warehouse holds the file between uses right now.</summary>
    public bool IsHolding { get { lock (gate) return held is not null; } }

    public async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenWaitingAsync(cancellationToken).ConfigureAwait(false);
        lock (gate)
        {
            if (open == 0 && held is null) loads++;
            open++;
            StopIdleCheck();
            if (sharing.Holds && held is null) TakeHold();
        }
        var counted = 0;
        connection.Disposed += (_, _) =>
        {
            // Component raises Disposed on every Dispose call; the connection is counted out once.
            if (Interlocked.Exchange(ref counted, 1) == 0) Closed();
        };
        return connection;
    }

    // The file is this process's now (a connection is open), so the extra connection cannot meet a lock.
    private void TakeHold()
    {
        NoteChangesElsewhere();
        var connection = new DuckDBConnection(connectionString);
        connection.Open();
        held = connection;
    }

    private void Closed()
    {
        lock (gate)
        {
            open--;
            if (open > 0 || held is null) return;
            idleSince = Clock.GetTimestamp();
            idleCheck ??= Clock.CreateTimer(_ => CheckIdle(), null, IdleCheckEvery, IdleCheckEvery);
        }
    }

    private void CheckIdle()
    {
        lock (gate)
        {
            if (open > 0 || held is null) { StopIdleCheck(); return; }
            var idleFor = Clock.GetElapsedTime(idleSince);
            var idleEnough = sharing.HoldWhileIdle is { } limit && limit != Timeout.InfiniteTimeSpan && idleFor >= limit;
            if (idleEnough || Knock.IsSomeoneElseWaiting(database)) LetGo();
        }
    }

    private void LetGo()
    {
        StopIdleCheck();
        held?.Dispose();
        held = null;
        stampWhenLetGo = FileStamp.Of(database);
    }

    private void StopIdleCheck()
    {
        idleCheck?.Dispose();
        idleCheck = null;
    }

    private async Task<DuckDBConnection> OpenWaitingAsync(CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var told = false;
        try
        {
            while (true)
            {
                var connection = new DuckDBConnection(connectionString);
                try
                {
                    await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                    if (told) Knock.Withdraw(database);
                    return connection;
                }
                catch (DuckDBException error) when (FileHolder.FromLockError(error.Message) is { } holder)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    var waited = Clock.GetElapsedTime(started);
                    if (waited >= sharing.LockWait) throw new WarehouseBusyException(database, holder, waited, error);
                    Knock.Post(database);
                    if (!told) sharing.OnWaiting?.Invoke(holder);
                    told = true;
                    await Task.Delay(RetryEvery, Clock, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch when (told)
        {
            Knock.Withdraw(database);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (gate)
        {
            StopIdleCheck();
            held?.Dispose();
            held = null;
        }
        return ValueTask.CompletedTask;
    }
}
