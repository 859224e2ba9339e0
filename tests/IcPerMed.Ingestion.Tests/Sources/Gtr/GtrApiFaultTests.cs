using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Ingestion.Tests.Replay;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>Wire faults on the loopback GtR-2 API: retried, recorded, and leaving the warehouse as a clean run does.</summary>
public sealed class GtrApiFaultTests : IAsyncLifetime
{
    private const int PageSize = 5;
    private GtrApiServer api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => api = await GtrApiServer.StartAsync();

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    private static GtrConnector Connector => new(query: null, pageSize: PageSize);

    private Task<HarvestSummary> RunAsync(Warehouse warehouse, string? stateDirectory = null) =>
        new HarvestRunner(warehouse, GtrFixtures.Context(stateDirectory), NullLogger<HarvestRunner>.Instance).RunAsync(Connector, api.BaseUrl, Ct);

    private static Func<ReplayRequest, bool> Page(int page) =>
        r => r.Path == "/gtr/api/projects" && r.Query.StartsWith($"?p={page}&", StringComparison.Ordinal);

    private static Func<ReplayRequest, bool> Under(string prefix) => r => r.Path.StartsWith(prefix, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Every_transient_fault_is_retried_and_the_warehouse_equals_a_clean_run(string store)
    {
        await using var clean = await TestStores.OpenNewAsync(store, Ct);
        var cleanSummary = await RunAsync(clean);
        var requestsOfACleanRun = api.Replay.Requests.Count;
        await using var faulted = await TestStores.OpenNewAsync(store, Ct);
        api.Replay.Inject(new ReplayFault.Status(500), Page(1), times: 2);
        api.Replay.Inject(new ReplayFault.Status(429, RetryAfterSeconds: 1), Under("/gtr/api/funds/"));
        api.Replay.Inject(new ReplayFault.Stall(TimeSpan.FromSeconds(5)), Under("/gtr/api/organisations/"));
        api.Replay.Inject(new ReplayFault.Truncate(), Page(2));
        api.Replay.Inject(new ReplayFault.RenameField("\"project\"", "\"projects\""), Page(3));

        var summary = await RunAsync(faulted);

        Assert.Equal(0, api.Replay.FaultsLeft);
        Assert.Equal(0, cleanSummary.Retries);
        Assert.Equal(6, summary.Retries);
        Assert.Equal(2 * requestsOfACleanRun + 6, api.Replay.Requests.Count);
        Assert.Equal("HTTP 500 x2, HTTP 429 (Retry-After 1 s) x1, connection failed or closed mid-body x1, malformed body x1, timeout x1",
            summary.RetryDetail);
        Assert.Equal((cleanSummary.Projects, cleanSummary.Quarantined), (summary.Projects, summary.Quarantined));
        Assert.Equal(await Harvests.SnapshotAsync(clean, Ct, withFetchTimes: false), await Harvests.SnapshotAsync(faulted, Ct, withFetchTimes: false));
    }

    [Fact]
    public async Task A_field_renamed_on_one_page_every_time_quarantines_those_projects_by_field_and_stores_the_rest()
    {
        api.Replay.Inject(new ReplayFault.RenameField("\"title\"", "\"name\""), Page(2), times: 100);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var summary = await RunAsync(warehouse);

        var onPage2 = api.Projects.Skip(PageSize).Take(PageSize).Select(p => p.Id).ToList();
        var quarantine = await warehouse.GetQuarantineAsync("gtr", Ct);
        var titleless = quarantine.Where(q => q.Field == "title").ToList();
        Assert.Equal(onPage2.Order(), titleless.Select(q => q.SourceId!).Order());
        Assert.All(titleless, q => Assert.Contains("p=2&", q.File, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, PageSize).Select(i => (long?)i), titleless.Select(q => q.Line).Order());
        Assert.All(titleless, q => Assert.Contains("no title", q.Reason, StringComparison.Ordinal));
        Assert.Equal(api.Projects.Count - PageSize, summary.Projects);
        Assert.Equal(0, summary.Retries);
    }

    [Fact]
    public async Task A_failed_run_resumes_from_its_checkpoint_and_fetches_only_what_it_lacked()
    {
        var state = TestData.NewTempDirectory();
        api.Replay.Inject(new ReplayFault.Status(503), Page(3), times: 4);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        await Assert.ThrowsAsync<IcPerMed.Ingestion.Harvesting.Http.SourceFetchException>(() => RunAsync(warehouse, state));
        var firstRun = api.Replay.Served.Count;

        var summary = await RunAsync(warehouse, state);

        var lastPage = api.Projects.Skip(2 * PageSize).ToList();
        // Page 3, its funds and the lead organisations not met on pages 1 and 2.
        var newOrganisations = lastPage.Select(p => p.LeadOrganisationId).Distinct()
            .Except(api.Projects.Take(2 * PageSize).Select(p => p.LeadOrganisationId)).Count();
        Assert.Equal(1 + lastPage.Count + newOrganisations, api.Replay.Served.Count - firstRun);
        Assert.Equal(api.Projects.Count, summary.Projects);
        Assert.False(Directory.Exists(Path.Combine(state, "gtr")), "checkpoints are deleted once the run commits");
    }
}
