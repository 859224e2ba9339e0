using System.Diagnostics;
using DuckDB.NET.Data;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Sharing;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse.Sharing;

/// <summary>
/// How a warehouse takes turns at its DuckDB file (issue 19, point 1) within this process: holding it while in use,
/// letting go when idle or knocked, and noticing another writer. The lock between processes is tested with real
/// processes in IcPerMed.Jobs.Tests (SharedWarehouseTests).
/// </summary>
public sealed class DuckDbTurnsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dashboard_holds_the_file_between_uses_and_lets_go_after_its_idle_time()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        await using var dialect = new DuckDbDialect(db, sharing: new DuckDbSharing(TimeSpan.Zero, TimeSpan.FromMilliseconds(300)));

        await (await dialect.OpenAsync(Ct)).DisposeAsync();

        Assert.True(dialect.IsHolding, "held right after the last connection closed");
        await WaitUntilAsync(() => !dialect.IsHolding, TimeSpan.FromSeconds(5));
        await (await dialect.OpenAsync(Ct)).DisposeAsync();
        Assert.True(dialect.IsHolding, "taken again by the next use");
    }

    [Fact]
    public async Task Nothing_is_held_without_a_sharing_policy()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        await using var dialect = new DuckDbDialect(db);

        await (await dialect.OpenAsync(Ct)).DisposeAsync();

        Assert.False(dialect.IsHolding);
    }

    [Fact]
    public async Task A_holder_that_would_hold_forever_lets_go_when_a_live_process_knocks()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        await using var dialect = new DuckDbDialect(db, sharing: DuckDbSharing.Command(TimeSpan.Zero, null));
        await (await dialect.OpenAsync(Ct)).DisposeAsync();
        await Task.Delay(300, Ct);
        Assert.True(dialect.IsHolding, "a command holds until knocked");

        // A knock names a waiting process; a live one other than this (a sleeping child) makes the holder let go.
        await KnockAndWaitForLetGoAsync(db, dialect);
    }

    [Fact]
    public async Task Turns_keep_real_time_when_the_warehouse_runs_on_a_fake_clock()
    {
        // A warehouse's clock is business time (harvest stamps, quarter ends); its turns with other processes are not.
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero));
        await using var warehouse = await IcPerMed.Analytics.Warehouse.Warehouse.OpenAsync(db, null,
            new DuckDbSharing(TimeSpan.Zero, TimeSpan.FromHours(1)), time, Ct);
        var dialect = (DuckDbDialect)warehouse.Dialect;
        await (await warehouse.OpenConnectionAsync(Ct)).DisposeAsync();

        // Two fake hours are not an hour idle: the file stays held.
        time.Advance(TimeSpan.FromHours(2));
        await Task.Delay(300, Ct);
        Assert.True(dialect.IsHolding, "let go after two hours of the warehouse's clock, which did not pass");

        // A knock is heard although the warehouse's clock stands still.
        await KnockAndWaitForLetGoAsync(db, dialect);
    }

    [Fact]
    public async Task A_knock_from_a_process_that_is_gone_is_ignored_and_removed()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        await using var dialect = new DuckDbDialect(db, sharing: DuckDbSharing.Command(TimeSpan.Zero, null));
        await (await dialect.OpenAsync(Ct)).DisposeAsync();
        using var gone = Process.Start(new ProcessStartInfo("true"))!;
        await gone.WaitForExitAsync(Ct);

        await File.WriteAllTextAsync(db + ".waiting", gone.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
        await Task.Delay(500, Ct);

        Assert.True(dialect.IsHolding);
        Assert.False(File.Exists(db + ".waiting"));
    }

    [Fact]
    public async Task A_write_made_while_the_file_was_let_go_is_noticed_once_and_an_own_write_is_not()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        await using var dashboard = await IcPerMed.Analytics.Warehouse.Warehouse.OpenAsync(db, null,
            new DuckDbSharing(TimeSpan.Zero, TimeSpan.FromMilliseconds(200)), TimeProvider.System, Ct);
        await using (var own = await dashboard.OpenConnectionAsync(Ct))
            await own.ExecuteAsync(null, "CREATE TABLE own_write (x INTEGER)", Ct);
        var dialect = (DuckDbDialect)dashboard.Dialect;
        await WaitUntilAsync(() => !dialect.IsHolding, TimeSpan.FromSeconds(5));
        Assert.Equal(0, dashboard.ChangesElsewhere);
        // Taking the file back and reading is no change either (else every return after idle would forget everything).
        await using (var read = await dashboard.OpenConnectionAsync(Ct))
            Assert.Equal(0, await read.ScalarAsync<long>(null, "SELECT count(*) FROM own_write", Ct));
        await WaitUntilAsync(() => !dialect.IsHolding, TimeSpan.FromSeconds(5));
        Assert.Equal(0, dashboard.ChangesElsewhere);

        // Another writer while the dashboard has let go (the same process stands in for the command line: the file is
        // free, which is what matters here).
        await using (var other = new DuckDBConnection($"Data Source={db}"))
        {
            await other.OpenAsync(Ct);
            await other.ExecuteAsync(null, "CREATE TABLE other_write (x INTEGER)", Ct);
        }

        Assert.Equal(1, dashboard.ChangesElsewhere);
        Assert.Equal(1, dashboard.ChangesElsewhere);
    }

    [Theory]
    [InlineData("IO Error: Could not set lock on file \"/tmp/w.duckdb\": Conflicting lock is held in /usr/share/dotnet/dotnet (PID 4242) by user root. See also https://duckdb.org/docs/connect/concurrency", 4242)]
    [InlineData("IO Error: Could not set lock on file \"/tmp/w.duckdb\": Conflicting lock is held in unknown", null)]
    public void The_holder_is_read_from_DuckDBs_lock_message(string message, int? pid)
    {
        var holder = FileHolder.FromLockError(message);

        Assert.NotNull(holder);
        Assert.Equal(pid, holder.Pid);
        Assert.Null(FileHolder.FromLockError("Catalog Error: Table with name x does not exist!"));
    }

    [Theory]
    [InlineData("/usr/share/dotnet/dotnet /work/main/jobs/IcPerMed.Jobs/bin/Release/net10.0/icpermed.dll --db /tmp/w.duckdb serve --urls http://127.0.0.1:5080", true)]
    [InlineData("/home/ana/icpermed/IcPerMed.Jobs serve", true)]
    [InlineData("/usr/share/dotnet/dotnet /work/main/jobs/IcPerMed.Jobs/bin/Release/net10.0/icpermed.dll --db /tmp/w.duckdb harvest cordis", false)]
    [InlineData("python3 observe-server.py", false)]
    public void The_dashboard_is_told_from_other_holders_by_its_command_line(string commandLine, bool dashboard)
    {
        var holder = new FileHolder(4242, commandLine);

        Assert.Equal(dashboard, holder.IsDashboard);
        Assert.Contains("4242", holder.Describe(), StringComparison.Ordinal);
        Assert.Equal(dashboard, holder.Describe().StartsWith("`icpermed serve`", StringComparison.Ordinal));
    }

    /// <summary>Knocks at <paramref name="db"/> in the name of a live process (a sleeping child) and waits until the holder lets go.</summary>
    private static async Task KnockAndWaitForLetGoAsync(string db, DuckDbDialect dialect)
    {
        using var waiter = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        try
        {
            await File.WriteAllTextAsync(db + ".waiting", waiter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
            await WaitUntilAsync(() => !dialect.IsHolding, TimeSpan.FromSeconds(5));
        }
        finally
        {
            waiter.Kill();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < limit, $"not within {limit}");
            await Task.Delay(20, Ct);
        }
    }
}
