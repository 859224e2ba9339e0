using System.Globalization;
using System.Net;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Http;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Ingestion.Tests.Replay;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving.GivingFiles;

namespace IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving;

/// <summary>
/// The real Wolfson JSON served by a loopback server that answers 304 when If-Modified-Since is at or after the
/// file's Last-Modified, and injects faults before the real body.
/// </summary>
public sealed class ThreeSixtyGivingHttpTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FileModified = new(2016, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly SourcePolicy Fast = new()
    {
        RequestsPerSecond = 50,
        AttemptTimeout = TimeSpan.FromMilliseconds(1500),
        MaxRetries = 5,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    private static readonly HttpClient Http = new();
    private ReplayServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Url => new Uri(server.BaseAddress, "/grants/wolfson.json").ToString();

    public async ValueTask InitializeAsync()
    {
        var body = await File.ReadAllBytesAsync(Wolfson, Ct);
        var lastModified = FileModified.ToString("R", CultureInfo.InvariantCulture);
        server = await ReplayServer.StartAsync(request =>
        {
            if (request.Path != "/grants/wolfson.json")
                return null;
            var notModified = request.Header("If-Modified-Since") is { } since
                && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at >= FileModified;
            return new ReplayResponse(notModified ? [] : body, "application/json", notModified ? HttpStatusCode.NotModified : HttpStatusCode.OK)
            {
                Headers = new Dictionary<string, string> { ["Last-Modified"] = lastModified },
            };
        });
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static Task<HarvestSummary> RunAsync(Warehouse warehouse, string url, bool full = false) =>
        new HarvestRunner(warehouse, new HarvestContext { Converter = EurConverter.LoadBundled(), Http = Http, Policy = Fast, FullRead = full },
            NullLogger<HarvestRunner>.Instance).RunAsync(Connector, url, Ct);

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Faults_before_the_real_file_are_retried_and_the_warehouse_equals_a_clean_run(string store)
    {
        await using var clean = await TestStores.OpenNewAsync(store, Ct);
        await RunAsync(clean, Url);
        server.Inject(new ReplayFault.Status(500));
        server.Inject(new ReplayFault.Status(429, RetryAfterSeconds: 1));
        server.Inject(new ReplayFault.Stall(TimeSpan.FromSeconds(10)));
        server.Inject(new ReplayFault.Truncate(0.4));
        await using var faulty = await TestStores.OpenNewAsync(store, Ct);

        var summary = await RunAsync(faulty, Url);

        Assert.Equal((379L, 0L), (summary.Projects, summary.Quarantined));
        Assert.Equal(4, summary.Retries);
        Assert.Equal("HTTP 429 (Retry-After 1 s) x1, HTTP 500 x1, connection failed or closed mid-body x1, timeout x1", summary.RetryDetail);
        Assert.Equal(6, server.Requests.Count); // the clean run's one, then 4 faults and the real body
        Assert.Equal(await Harvests.SnapshotAsync(clean, Ct, withFetchTimes: false), await Harvests.SnapshotAsync(faulty, Ct, withFetchTimes: false));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_second_run_asks_If_Modified_Since_gets_304_and_changes_nothing(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await RunAsync(warehouse, Url);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);

        var second = await RunAsync(warehouse, Url);

        var requests = server.Requests;
        Assert.Null(requests[0].Header("If-Modified-Since"));
        Assert.NotNull(requests[1].Header("If-Modified-Since"));
        Assert.Equal((0L, 0L, 0L, 0), (second.Projects, second.ProjectsUpdated, second.Quarantined, second.Retries));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));

        // --full asks without the condition and reads the file again: all unchanged.
        var full = await RunAsync(warehouse, Url, full: true);
        Assert.Null(server.Requests[2].Header("If-Modified-Since"));
        Assert.Equal((379L, 379L), (full.Projects, full.ProjectsUnchanged));
    }
}
