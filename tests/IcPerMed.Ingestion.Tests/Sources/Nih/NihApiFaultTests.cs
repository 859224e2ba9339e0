using IcPerMed.Ingestion.Sources.Nih;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Ingestion.Tests.Replay;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>What goes wrong on the wire is retried and leaves the warehouse as a clean run would; bad records are quarantined.</summary>
public sealed class NihApiFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Func<ReplayRequest, bool> AtOffset(int offset) => r => NihReplay.OffsetOf(r) == offset;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Faults_on_every_page_are_retried_and_the_warehouse_equals_a_clean_runs(string store)
    {
        await using var server = await NihReplay.StartAsync();
        var connector = new NihReporterConnector(NihApiRun.Query(limit: 100));
        await using var clean = await TestStores.OpenNewAsync(store, Ct);
        await NihApiRun.RunAsync(clean, connector, server.BaseAddress, Ct);
        var cleanRequests = server.Requests.Count;

        server.Inject(new ReplayFault.RenameField("\"results\"", "\"items\""), AtOffset(0));
        server.Inject(new ReplayFault.Status(500), AtOffset(100), times: 2);
        server.Inject(new ReplayFault.Status(429, RetryAfterSeconds: 1), AtOffset(200));
        server.Inject(new ReplayFault.Stall(TimeSpan.FromSeconds(5)), AtOffset(300));
        server.Inject(new ReplayFault.Truncate(), AtOffset(400));
        server.Inject(new ReplayFault.RenameField("\"total\"", "\"count\""), AtOffset(400));
        await using var faulty = await TestStores.OpenNewAsync(store, Ct);
        var summary = await NihApiRun.RunAsync(faulty, connector, server.BaseAddress, Ct);

        Assert.Equal(0, server.FaultsLeft);
        Assert.Equal(cleanRequests + 7, server.Requests.Count - cleanRequests);
        Assert.Equal(7, summary.Retries);
        Assert.Equal("HTTP 500 x2, malformed body x2, HTTP 429 (Retry-After 1 s) x1, connection failed or closed mid-body x1, timeout x1",
            summary.RetryDetail);
        Assert.Equal((500L, (long)NihFixtures.AwardsBeforeEcbUsd(NihFixtures.AllRecords())), (summary.Projects, summary.Quarantined));
        Assert.Equal(await Harvests.SnapshotAsync(clean, Ct, withFetchTimes: false), await Harvests.SnapshotAsync(faulty, Ct, withFetchTimes: false));
    }

    [Fact]
    public async Task A_record_field_renamed_upstream_quarantines_those_records_and_keeps_the_rest()
    {
        await using var server = await NihReplay.StartAsync();
        // Every request for the page at offset 100 has project_title renamed: the envelope is fine, the records are not.
        server.Inject(new ReplayFault.RenameField("\"project_title\"", "\"projectTitle\""), AtOffset(100), times: 10);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var summary = await NihApiRun.RunAsync(warehouse, new NihReporterConnector(NihApiRun.Query(limit: 100)), server.BaseAddress, Ct);

        // Beside the 100 renamed records: the pre-1999 awards of the other four pages, stored without EUR, USD quarantined.
        var others = NihFixtures.AllRecords().Where((_, i) => i is < 100 or >= 200);
        Assert.Equal((400L, 100L + NihFixtures.AwardsBeforeEcbUsd(others), 0), (summary.Projects, summary.Quarantined, summary.Retries));
        var quarantined = (await warehouse.GetQuarantineAsync("nih", Ct)).Where(q => q.Field != "award_amount").ToList();
        Assert.Equal(100, quarantined.Count);
        Assert.All(quarantined, q => Assert.Equal(("project_title", "missing or empty: every RePORTER project has a title"), (q.Field, q.Reason)));
        Assert.All(quarantined, q => Assert.Equal($"{server.BaseAddress}v2/projects/search#all-offset-100", q.File));
        Assert.Equal(Enumerable.Range(101, 100).Select(i => (long?)i), quarantined.Select(q => q.Line).Order());
    }

    [Fact]
    public async Task An_incremental_run_asks_for_awards_noticed_since_the_last_good_run_and_full_does_not()
    {
        await using var server = await NihReplay.StartAsync();
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        var connector = new NihReporterConnector(NihApiRun.Query(limit: 500));
        var started = TimeProvider.System.GetUtcNow();

        await NihApiRun.RunAsync(warehouse, connector, server.BaseAddress, Ct);
        await NihApiRun.RunAsync(warehouse, connector, server.BaseAddress, Ct);

        var from = DateOnly.FromDateTime(started.UtcDateTime).AddDays(-NihReporterConnector.IncrementalOverlapDays);
        Assert.DoesNotContain("\"award\"", server.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains($"\"award\":{{\"award_notice_date\":{{\"from_date\":\"{from:yyyy-MM-dd}\"}}}}", server.Requests[1].Body, StringComparison.Ordinal);
    }
}
