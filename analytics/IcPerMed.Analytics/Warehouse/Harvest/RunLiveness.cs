namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>A run recorded as running, with what is known of the process that runs it.</summary>
/// <param name="Owner">Null for runs started before schema version 9.</param>
/// <param name="LastSign">Its last heartbeat, or its start when it has none, by the database's clock.</param>
internal sealed record RunningRun(long Id, HarvestProcess? Owner, DateTimeOffset LastSign);

/// <summary>
/// Tells a run whose process died (kill -9, a crash, a power cut: nothing could mark it failed) from one still running.
/// On DuckDB the file is opened by one process at a time, so a running run of any other process is dead. On PostgreSQL
/// several workers on several machines share the store: a run of another process on this host is dead when that process
/// is gone; a run on another host is dead when its heartbeat (every <see cref="HeartbeatEvery"/>) is older than
/// <see cref="StaleAfter"/> by the database's clock, the one clock every worker shares.
/// </summary>
internal static class RunLiveness
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(30);

    /// <summary>Ten missed heartbeats: longer than any pause a live worker makes, short enough to clear a dead run soon.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    /// <summary>Why the run is dead ("interrupted: ..."), or null while its process may still be running it.</summary>
    public static string? WhyDead(RunningRun run, HarvestProcess me, bool oneProcessStore, DateTimeOffset databaseNow)
    {
        var owner = run.Owner;
        if (owner is not null && owner.IsSameAs(me))
            return null;
        var who = owner?.ToString() ?? "a process of an older version";
        var ended = $"{HarvestRun.InterruptedReason}: {who} ended before the run finished";
        if (oneProcessStore)
            return ended;
        if (owner is not null && string.Equals(owner.Host, me.Host, StringComparison.OrdinalIgnoreCase))
            return owner.IsRunningOnThisHost() ? null : ended;
        return databaseNow - run.LastSign > StaleAfter
            ? $"{HarvestRun.InterruptedReason}: no heartbeat from {who} since {run.LastSign.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z " +
              $"(a live run beats every {HeartbeatEvery.TotalSeconds:0} s; dead after {StaleAfter.TotalMinutes:0} min)"
            : null;
    }
}
