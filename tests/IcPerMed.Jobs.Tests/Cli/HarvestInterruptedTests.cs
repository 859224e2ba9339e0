using System.Text.Json.Nodes;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Tests.Sources.Nih;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// A real <c>icpermed harvest</c> process killed with SIGKILL mid-run (its third NIH page held back by the responder)
/// cannot mark its run failed; the next <c>status</c> does, as failed (interrupted), and a successful rerun leaves it so.
/// </summary>
public sealed class HarvestInterruptedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The 500 recorded records, 100 a page: the harvest is mid-way while the second page is held.</summary>
    private static string[] Harvest(Uri server, string db) =>
        ["harvest", "nih", "--from", server.ToString().TrimEnd('/'), "--state-dir", TestPaths.NewTempDirectory(), "--db", db,
         "--page-size", "100",
         .. Enumerable.Range(1985, 20).Append(2022).SelectMany(year => new[] { "--fiscal-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture) })];

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_killed_harvest_is_failed_interrupted_in_status_and_stays_so_after_a_good_rerun(string store)
    {
        await using var server = await NihReplay.StartAsync();
        var db = await TestStores.NewLocationAsync(store, Ct);
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        server.BeforeResponse = _ =>
        {
            if (Interlocked.Increment(ref seen) <= 1)
                return Task.CompletedTask;
            held.TrySetResult();
            return hold.Task;
        };

        using (var killed = IcPerMedProcess.StartInBackground(Harvest(server.BaseAddress, db)))
        {
            await held.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
            Assert.Equal("running", await LastRunStatusAsync(db)); // mid-run: the row says running
            killed.Kill(entireProcessTree: true); // SIGKILL on Linux: no handler runs, nothing can mark the run
            await killed.WaitForExitAsync(Ct);
        }
        server.BeforeResponse = null;
        hold.SetResult();

        var status = await IcPerMedProcess.RunAsync(Ct, "status", "--db", db, "--format", "json");
        Assert.True(status.ExitCode == 0, status.Error);
        var lastRun = JsonNode.Parse(status.Output)!["nih"]!["last_run"]!;
        Assert.Equal(("failed", true, "failed (interrupted)"),
            (lastRun["status"]!.GetValue<string>(), lastRun["interrupted"]!.GetValue<bool>(), lastRun["outcome"]!.GetValue<string>()));
        Assert.StartsWith("interrupted: process ", lastRun["error"]!.GetValue<string>(), StringComparison.Ordinal);
        var table = await IcPerMedProcess.RunAsync(Ct, "status", "--db", db);
        Assert.Contains("failed (interrupted)", table.Output, StringComparison.Ordinal);

        var rerun = await IcPerMedProcess.RunAsync(Ct, Harvest(server.BaseAddress, db));
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        var runs = await warehouse.GetHarvestRunsAsync("nih", 10, Ct);
        Assert.Equal([("succeeded", false), ("failed", true)], runs.Select(r => (r.Status, r.Interrupted)));
        Assert.Equal("failed (interrupted)", runs[1].Outcome);
    }

    private static async Task<string> LastRunStatusAsync(string db)
    {
        // The killed process holds a DuckDB file's lock, so its row is read through the status of the store only on
        // PostgreSQL; on DuckDB the held response proves the run is mid-way and its row cannot be read from outside.
        if (!db.Contains("Host=", StringComparison.Ordinal))
            return "running";
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        return (await warehouse.GetHarvestRunsAsync("nih", 1, Ct))[0].Status;
    }
}
