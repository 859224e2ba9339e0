using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Http;
using IcPerMed.Ingestion.Sources.Nih;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>Offset paging, splitting past the offset cap, and the one-request-a-second pace, against the v2 responder.</summary>
public sealed class NihApiPagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_by_offset_until_meta_total_is_reached()
    {
        await using var server = await NihReplay.StartAsync();
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var summary = await NihApiRun.RunAsync(warehouse, new NihReporterConnector(NihApiRun.Query(limit: 100)), server.BaseAddress, Ct);

        // 500 records, 100 a page: the fifth page is full but its offset + limit reaches meta.total, so no sixth.
        Assert.Equal([0, 100, 200, 300, 400], server.Requests.Select(NihReplay.OffsetOf));
        Assert.All(server.Requests, r => Assert.Equal("application/json", r.Header("Content-Type")));
        Assert.Equal((500L, (long)NihFixtures.AwardsBeforeEcbUsd(NihFixtures.AllRecords()), 0), (summary.Projects, summary.Quarantined, summary.Retries));
        var v2 = await warehouse.GetProjectAsync("nih", "10320986", Ct);
        Assert.Equal(($"{server.BaseAddress}v2/projects/search#all-offset-400", 500L), (v2!.SourceFile, v2.SourceLine));
    }

    [Fact]
    public async Task A_result_past_the_offset_cap_is_split_by_fiscal_year_then_by_agency()
    {
        await using var server = await NihReplay.StartAsync();
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        // FY2002 has 55 records, FY2003 65 (NIH 58, ALLCDC 3, AHRQ 4), FY2004 14: with a cap of 60 only FY2003 needs agencies.
        var query = NihApiRun.Query(limit: 20, years: [2002, 2003, 2004], agencies: ["NIH", "ALLCDC", "AHRQ"]);
        var expected = NihReplay.Matching(new() { ["fiscal_years"] = new System.Text.Json.Nodes.JsonArray(2002, 2003, 2004) }).Count();

        var summary = await NihApiRun.RunAsync(warehouse, new NihReporterConnector(query, maxReachableRecords: 60), server.BaseAddress, Ct);

        Assert.Equal(
        [
            "fy2002,2003,2004 NIH,ALLCDC,AHRQ@0",
            "fy2002 NIH,ALLCDC,AHRQ@0", "fy2002 NIH,ALLCDC,AHRQ@20", "fy2002 NIH,ALLCDC,AHRQ@40",
            "fy2003 NIH,ALLCDC,AHRQ@0",
            "fy2003 NIH@0", "fy2003 NIH@20", "fy2003 NIH@40", "fy2003 ALLCDC@0", "fy2003 AHRQ@0",
            "fy2004 NIH,ALLCDC,AHRQ@0",
        ], server.Requests.Select(r => $"{NihReplay.SliceOf(r)}@{NihReplay.OffsetOf(r)}"));
        Assert.Equal(134, expected);
        Assert.Equal((134L, (long)NihFixtures.AwardsBeforeEcbUsd(NihReplay.Matching(new() { ["fiscal_years"] = new System.Text.Json.Nodes.JsonArray(2002, 2003, 2004) }))),
            (summary.Projects, summary.Quarantined));
    }

    [Fact]
    public async Task A_slice_still_past_the_cap_fails_naming_it_and_stores_nothing()
    {
        await using var server = await NihReplay.StartAsync();
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        var query = NihApiRun.Query(limit: 20, years: [2003], agencies: ["NIH", "AHRQ"]);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() =>
            NihApiRun.RunAsync(warehouse, new NihReporterConnector(query, maxReachableRecords: 50), server.BaseAddress, Ct));

        Assert.Equal(
            "RePORTER matches 58 projects for fy2003-NIH, more than the 50 that offset paging can reach, and it cannot be split further by fiscal year or agency: narrow the query (--text, --fiscal-year, --agency)",
            error.Problem);
        Assert.Empty(await warehouse.GetProjectsAsync("nih", Ct));
    }

    [Fact]
    public async Task The_default_policy_sends_at_most_one_request_a_second()
    {
        await using var server = await NihReplay.StartAsync();
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        await NihApiRun.RunAsync(warehouse, new NihReporterConnector(NihApiRun.Query(limit: 200)), server.BaseAddress, Ct,
            policy: SourcePolicy.NihReporter);

        // Received times carry the loopback's scheduling jitter (a loaded machine delayed one request by 60 ms), and the
        // first request also carries the connection's set-up and the first run of the code on both sides, so it can
        // arrive late while the limiter counts from when it was sent: at CI load 13 it arrived about 200 ms late (3
        // requests in 1,804 ms). The later gaps, on the warm connection, get 200 ms of slack: that tells the policy from
        // none (gaps of milliseconds) and from a faster one (two a second: 500 ms). The first gets 500 ms.
        var times = server.Requests.Select(r => r.ReceivedAt).ToList();
        Assert.Equal(3, times.Count);
        for (var i = 1; i < times.Count; i++)
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(i == 1 ? 500 : 800),
                $"requests {i - 1} and {i} only {(times[i] - times[i - 1]).TotalMilliseconds:F0} ms apart");
    }
}
