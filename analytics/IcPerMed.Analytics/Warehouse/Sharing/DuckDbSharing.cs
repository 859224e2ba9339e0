namespace IcPerMed.Analytics.Warehouse.Sharing;

/// <summary>
/// How this process shares a DuckDB file with other processes. DuckDB lets one process at a time open a file (a
/// second gets a lock error), so the dashboard and the command line take turns: a process that finds the file held
/// waits for it (up to <see cref="LockWait"/>) and leaves a knock beside it; a holder lets go of the file as soon as it
/// is idle and someone knocks, and otherwise after <see cref="HoldWhileIdle"/> without use. PostgreSQL ignores this.
/// </summary>
/// <param name="LockWait">How long an open waits for another process to let go of the file; zero: fail at once.</param>
/// <param name="HoldWhileIdle">
/// Null: hold nothing between uses (the file is free whenever no connection is open). Otherwise the file stays loaded
/// this long after the last connection closes, unless another process knocks first; <see cref="Timeout.InfiniteTimeSpan"/>
/// holds it until a knock or until the warehouse is disposed.
/// </param>
/// <param name="OnWaiting">Told once per open that has to wait, with who holds the file: the place to say so to a person.</param>
public sealed record DuckDbSharing(TimeSpan LockWait, TimeSpan? HoldWhileIdle, Action<FileHolder>? OnWaiting = null)
{
    /// <summary>Today's library default: no waiting, no holding (tests, benchmarks, one-off tools).</summary>
    public static DuckDbSharing None { get; } = new(TimeSpan.Zero, null);

    /// <summary>A command line command: waits minutes for the dashboard, and holds the file for the whole command unless asked.</summary>
    public static DuckDbSharing Command(TimeSpan lockWait, Action<FileHolder>? onWaiting) => new(lockWait, Timeout.InfiniteTimeSpan, onWaiting);

    internal bool Holds => HoldWhileIdle is not null;
}
