using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Tests.Replay;
using IcPerMed.Ingestion.Tests.Sources.Nih;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// <c>icpermed harvest nih</c> as a child process against the v2 responder over the real records: killed mid-harvest,
/// it keeps the fetched pages and commits nothing; run again, it fetches only the rest and ends where a clean run does.
/// </summary>
public sealed class HarvestNihResumeTests
{
    private const int PagesBeforeKill = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>All 500 recorded records (fiscal years 1985-2004 and 2022), 100 a page: five pages.</summary>
    private static string[] Arguments(Uri server, string state, string db) =>
    [
        "harvest", "nih", "--from", server.ToString().TrimEnd('/'), "--state-dir", state, "--db", db, "--page-size", "100", "--format", "json",
        .. Enumerable.Range(1985, 20).Append(2022).SelectMany(year => new[] { "--fiscal-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
    ];

    [Fact]
    public async Task A_killed_harvest_keeps_its_pages_commits_nothing_and_the_next_run_fetches_only_the_rest()
    {
        await using var server = await NihReplay.StartAsync();
        var state = TestPaths.NewTempDirectory();
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        server.BeforeResponse = request =>
        {
            if (Interlocked.Increment(ref seen) <= PagesBeforeKill)
                return Task.CompletedTask;
            held.TrySetResult();
            return hold.Task;
        };

        using (var killed = IcPerMedProcess.StartInBackground(Arguments(server.BaseAddress, state, db)))
        {
            await held.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
            await WaitForPagesAsync(state, PagesBeforeKill);
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync(Ct);
        }
        server.BeforeResponse = null;
        var arrived = Volatile.Read(ref seen);
        hold.SetResult();
        // The held request is logged only once released, on the server's own thread: wait for it, or it would be
        // counted among the resumed run's requests.
        await WaitForRequestsAsync(server, arrived);

        Assert.Equal(PagesBeforeKill, PagesKept(state));
        await using (var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct))
            Assert.Empty(await warehouse.GetProjectsAsync("nih", Ct));

        var before = server.Requests.Count;
        var resumed = await IcPerMedProcess.RunAsync(Ct, Arguments(server.BaseAddress, state, db));
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Equal([200, 300, 400], server.Requests.Skip(before).Select(NihReplay.OffsetOf));
        Assert.False(Directory.Exists(Path.Combine(state, "nih")), "the checkpoint folder outlived the commit");

        var cleanDb = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var clean = await IcPerMedProcess.RunAsync(Ct, Arguments(server.BaseAddress, TestPaths.NewTempDirectory(), cleanDb));
        Assert.True(clean.ExitCode == 0, clean.Error);
        Assert.Equal(await ContentsAsync(cleanDb), await ContentsAsync(db));
    }

    private static async Task WaitForRequestsAsync(ReplayServer server, int count)
    {
        for (var i = 0; i < 200 && server.Requests.Count < count; i++)
            await Task.Delay(50, Ct);
        Assert.Equal(count, server.Requests.Count);
    }

    private static int PagesKept(string state) =>
        Directory.Exists(Path.Combine(state, "nih"))
            ? Directory.EnumerateFiles(Path.Combine(state, "nih"), "*.page", SearchOption.AllDirectories).Count()
            : 0;

    // The page is saved right after its response is read, a moment after the server sent it.
    private static async Task WaitForPagesAsync(string state, int pages)
    {
        for (var i = 0; i < 100 && PagesKept(state) < pages; i++)
            await Task.Delay(50, Ct);
    }

    /// <summary>Totals and every project, without what differs between two runs by design (run id, fetch time).</summary>
    private static async Task<string> ContentsAsync(string db)
    {
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        var lines = (await warehouse.GetTotalsAsync(Ct)).Select(t => t.ToString()).ToList();
        lines.AddRange((await warehouse.GetProjectsAsync("nih", Ct)).Select(p => (p with { FetchedAt = default, HarvestRunId = 0 }).ToString()));
        return string.Join('\n', lines);
    }
}
