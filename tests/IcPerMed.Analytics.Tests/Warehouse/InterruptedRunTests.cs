using System.Diagnostics;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// Which runs recorded as running the sweep marks failed (interrupted), with real processes on this host and rows
/// written as workers on other hosts would: PostgreSQL leaves every run that may be alive; DuckDB, one process per
/// file, leaves only this process's own.
/// </summary>
public sealed class InterruptedRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Only_runs_whose_process_is_gone_are_marked_interrupted(string store)
    {
        using var alive = Process.Start(new ProcessStartInfo("sleep", "120"))!;
        using var gone = Process.Start(new ProcessStartInfo("sleep", "120"))!;
        var goneStart = Start(gone);
        gone.Kill(); // SIGKILL
        await gone.WaitForExitAsync(Ct);
        var here = HarvestProcess.Current.Host;
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await InsertRunningAsync(warehouse, 1, new HarvestProcess("worker-b", 4242, Start(alive)), "now()");
        await InsertRunningAsync(warehouse, 2, new HarvestProcess("worker-c", 4242, Start(alive)), "now() - INTERVAL '10 minutes'");
        await InsertRunningAsync(warehouse, 3, new HarvestProcess(here, alive.Id, Start(alive)), "now()");
        await InsertRunningAsync(warehouse, 4, new HarvestProcess(here, gone.Id, goneStart), "now()");
        await InsertRunningAsync(warehouse, 5, HarvestProcess.Current, "now()");
        // The same process id as the live one but another start: the id was reused, the run's process is gone.
        await InsertRunningAsync(warehouse, 6, new HarvestProcess(here, alive.Id, Start(alive).AddMinutes(-30)), "now()");

        var marked = await warehouse.MarkInterruptedRunsAsync(Ct);

        Assert.Equal(store == TestStores.Postgres ? [2L, 4L, 6L] : [1L, 2L, 3L, 4L, 6L], marked.Order());
        var runs = (await warehouse.GetHarvestRunsAsync(null, 10, Ct)).ToDictionary(r => r.Id);
        Assert.All(marked, id => Assert.Equal("failed (interrupted)", runs[id].Outcome));
        Assert.All(runs.Keys.Except(marked), id => Assert.Equal("running", runs[id].Outcome));
        Assert.Equal($"interrupted: process {gone.Id} on {here} ended before the run finished", runs[4].Error);
        if (store == TestStores.Postgres)
            Assert.StartsWith("interrupted: no heartbeat from process 4242 on worker-c since ", runs[2].Error!, StringComparison.Ordinal);
        Assert.Empty(await warehouse.MarkInterruptedRunsAsync(Ct)); // a second sweep finds nothing new

        alive.Kill(); // SIGKILL: on PostgreSQL its run (3) is now dead too
        await alive.WaitForExitAsync(Ct);
        Assert.Equal(store == TestStores.Postgres ? [3L] : [], await warehouse.MarkInterruptedRunsAsync(Ct));
        Assert.Equal("running", (await warehouse.GetHarvestRunsAsync(null, 10, Ct)).Single(r => r.Id == 5).Status);
    }

    private static DateTimeOffset Start(Process process) => new(process.StartTime.ToUniversalTime(), TimeSpan.Zero);

    private static async Task InsertRunningAsync(Analytics.Warehouse.Warehouse warehouse, long id, HarvestProcess owner, string heartbeat)
    {
        await using var connection = await warehouse.OpenConnectionAsync(Ct);
        await connection.ExecuteAsync(null,
            $"""
            INSERT INTO harvest_run (id, source, origin, started_at, status, host, pid, process_started_at, heartbeat_at)
            VALUES ($1, 'test', 'memory', now() - INTERVAL '20 minutes', 'running', $2, $3, $4, {heartbeat})
            """, Ct, id, owner.Host, owner.Pid, owner.StartedAt);
    }
}
