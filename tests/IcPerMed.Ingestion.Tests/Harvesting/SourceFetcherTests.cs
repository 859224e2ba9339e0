using System.Text;
using IcPerMed.Ingestion.Harvesting.Checkpoints;
using IcPerMed.Ingestion.Harvesting.Http;
using IcPerMed.Ingestion.Tests.Replay;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>The shared fetch path of the API connectors against a real loopback server with injected faults.</summary>
public sealed class SourceFetcherTests : IAsyncLifetime
{
    private static readonly SourcePolicy Fast = new()
    {
        RequestsPerSecond = 50,
        // Generous: on a loaded 2-core machine a first request can take a second; only the stall test needs it short.
        AttemptTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await ReplayServer.StartAsync(request => request.Path == "/page"
            ? ReplayResponse.Json("""{"results":[1,2,3],"meta":{"total":3}}""")
            : null);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private Func<HttpRequestMessage> Get(string path) => () => new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, path));

    private static void MustBeJsonEnvelope(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        if (!text.Contains("\"results\"", StringComparison.Ordinal))
            throw new MalformedBodyException("no results array");
    }

    [Fact]
    public async Task Each_transient_fault_is_retried_and_recorded_and_the_body_arrives_whole()
    {
        server.Inject(new ReplayFault.Status(500));
        server.Inject(new ReplayFault.Status(429, RetryAfterSeconds: 1));
        server.Inject(new ReplayFault.Stall(TimeSpan.FromSeconds(30)));
        server.Inject(new ReplayFault.Truncate());
        var incidents = new HarvestIncidents();
        await using var fetcher = new SourceFetcher(Fast with { MaxRetries = 5, AttemptTimeout = TimeSpan.FromSeconds(3) }, incidents);

        var fetched = await fetcher.FetchAsync(Get("/page"), MustBeJsonEnvelope, TestContext.Current.CancellationToken);

        Assert.Equal("""{"results":[1,2,3],"meta":{"total":3}}""", Encoding.UTF8.GetString(fetched.Body));
        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(4, incidents.Retries);
        Assert.Equal(["HTTP 500", "HTTP 429 (Retry-After 1 s)", "timeout", "connection failed or closed mid-body"],
            incidents.Entries.Select(e => e.Reason));
        // The 429 asked for one second: the next request must not come sooner.
        var requests = server.Requests;
        Assert.True(requests[2].ReceivedAt - requests[1].ReceivedAt >= TimeSpan.FromMilliseconds(950),
            $"waited only {(requests[2].ReceivedAt - requests[1].ReceivedAt).TotalMilliseconds} ms after Retry-After: 1");
    }

    [Fact]
    public async Task A_renamed_envelope_field_is_fetched_again_then_reported_as_malformed()
    {
        server.Inject(new ReplayFault.RenameField("\"results\"", "\"items\""), times: 10);
        var incidents = new HarvestIncidents();
        await using var fetcher = new SourceFetcher(Fast, incidents);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() =>
            fetcher.FetchAsync(Get("/page"), MustBeJsonEnvelope, TestContext.Current.CancellationToken));

        Assert.Contains("/page", error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed body after 4 attempt(s): no results array", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, incidents.Retries);
    }

    [Fact]
    public async Task A_404_fails_at_once_naming_the_url()
    {
        var incidents = new HarvestIncidents();
        await using var fetcher = new SourceFetcher(Fast, incidents);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() =>
            fetcher.FetchAsync(Get("/missing"), null, TestContext.Current.CancellationToken));

        Assert.Contains("/missing: HTTP 404 NotFound after 1 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Equal(0, incidents.Retries);
    }

    [Fact]
    public async Task Persistent_500s_give_up_after_the_policy_retries()
    {
        server.Inject(new ReplayFault.Status(503), times: 10);
        await using var fetcher = new SourceFetcher(Fast, new HarvestIncidents());

        var error = await Assert.ThrowsAsync<SourceFetchException>(() =>
            fetcher.FetchAsync(Get("/page"), null, TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 503 ServiceUnavailable after 4 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_source_limit_is_not_waited_for()
    {
        server.Inject(new ReplayFault.Status(429, RetryAfterSeconds: 3600));
        await using var fetcher = new SourceFetcher(Fast, new HarvestIncidents());

        var error = await Assert.ThrowsAsync<SourceFetchException>(() =>
            fetcher.FetchAsync(Get("/page"), null, TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 429 asking to wait 3600 s, more than this source's limit of 5 s", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Requests_are_paced_by_the_source_rate()
    {
        await using var fetcher = new SourceFetcher(Fast with { RequestsPerSecond = 4 }, new HarvestIncidents());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < 4; i++)
            await fetcher.FetchAsync(Get("/page"), null, TestContext.Current.CancellationToken);

        // At 4 per second the 4th request may leave no earlier than 750 ms after the 1st, so the four fetches take at
        // least that long, whatever the machine's load (load only adds time). The gaps between the server's receipt
        // times are not asserted one by one: under load the loopback server logs a request late, which shortened one
        // measured gap to 161 ms in CI although the client spaced them; the spacing rule itself is tested on a fake
        // clock (MinimumIntervalRateLimiterTests). Unpaced, four loopback fetches take a few milliseconds.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(740), $"four requests at 4 per second took only {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task A_kept_page_is_read_from_the_checkpoint_not_fetched_again()
    {
        var state = Directory.CreateTempSubdirectory("icpermed-checkpoint-").FullName;
        try
        {
            await using var fetcher = new SourceFetcher(Fast, new HarvestIncidents());
            var first = PageCheckpoint.Open(state, "test", "query A")!;
            var fetched = await fetcher.GetPageAsync(first, "offset-0", Get("/page"), MustBeJsonEnvelope, TestContext.Current.CancellationToken);

            var again = PageCheckpoint.Open(state, "test", "query A")!;
            var reused = await fetcher.GetPageAsync(again, "offset-0", Get("/page"), MustBeJsonEnvelope, TestContext.Current.CancellationToken);
            var otherQuery = PageCheckpoint.Open(state, "test", "query B")!;
            await fetcher.GetPageAsync(otherQuery, "offset-0", Get("/page"), MustBeJsonEnvelope, TestContext.Current.CancellationToken);

            Assert.Equal(fetched, reused);
            Assert.Equal((1, 0), (first.PagesSaved, first.PagesReused));
            Assert.Equal((0, 1), (again.PagesSaved, again.PagesReused));
            Assert.Equal(2, server.Requests.Count); // query A once, query B once
            Assert.Empty(Directory.EnumerateFiles(state, "*.partial", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }
}
