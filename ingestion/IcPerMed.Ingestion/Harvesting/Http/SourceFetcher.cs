using System.Net;
using System.Threading.RateLimiting;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>
/// Fetches whole response bodies from one source through a Polly pipeline (the engine under
/// Microsoft.Extensions.Http.Resilience): retry outermost, then the source's rate limiter (so retries are paced too),
/// then a per-attempt timeout. The body is read, and optionally checked, inside the attempt, so a body cut short or
/// malformed is retried like a 5xx. Retried: 5xx, 408, 429 (waiting Retry-After), timeouts, dropped connections and
/// malformed bodies; not retried: other 4xx. Every retry is recorded in <see cref="HarvestIncidents"/>.
/// </summary>
public sealed class SourceFetcher : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly SourcePolicy policy;
    private readonly HarvestIncidents incidents;
    private readonly RateLimiter limiter;
    private readonly ResiliencePipeline<Attempt> pipeline;
    private readonly TimeProvider time;

    public SourceFetcher(SourcePolicy policy, HarvestIncidents incidents, TimeProvider? time = null)
    {
        // A client of its own without the standard resilience handler of SourceHttpClient: retries belong to this
        // pipeline alone, or every failure would be retried twice over. The attempt timeout replaces HttpClient's.
        http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(SourceHttpClient.UserAgent);
        this.policy = policy;
        this.incidents = incidents;
        this.time = time ?? TimeProvider.System;
        // Queued, and spaced: a caller waits its turn rather than failing.
        limiter = new MinimumIntervalRateLimiter(TimeSpan.FromSeconds(1 / policy.RequestsPerSecond), this.time);
        var builder = new ResiliencePipelineBuilder<Attempt> { TimeProvider = this.time };
        pipeline = builder
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = policy.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = policy.BaseDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    incidents.Record(new HarvestIncident(args.Outcome.Result?.Url ?? CurrentUrl(args.Context), args.AttemptNumber + 1,
                        Describe(args.Outcome), args.RetryDelay));
                    return ValueTask.CompletedTask;
                },
            })
            .AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken) })
            .AddTimeout(policy.AttemptTimeout)
            .Build();
    }

    private static readonly ResiliencePropertyKey<string> UrlKey = new("icpermed.url");

    /// <summary>
    /// Sends the request <paramref name="createRequest"/> makes (called again for every attempt) and returns its
    /// whole body. <paramref name="checkBody"/> may throw <see cref="MalformedBodyException"/> to have it fetched again.
    /// A 304 is returned as such; any other failure that outlives the retries throws <see cref="SourceFetchException"/>.
    /// </summary>
    public async Task<FetchedBody> FetchAsync(Func<HttpRequestMessage> createRequest, Action<byte[]>? checkBody, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        string url;
        using (var probe = createRequest())
            url = probe.RequestUri?.ToString() ?? "(no URL)";
        context.Properties.Set(UrlKey, url);
        var attempts = 0;
        Outcome<Attempt> outcome;
        try
        {
            outcome = await pipeline.ExecuteOutcomeAsync(async (ctx, _) =>
            {
                attempts++;
                try
                {
                    return Outcome.FromResult(await AttemptAsync(createRequest, checkBody, url, ctx.CancellationToken).ConfigureAwait(false));
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    return Outcome.FromException<Attempt>(error);
                }
            }, context, (object?)null).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new SourceFetchException($"{url}: {Describe(Outcome.FromException<Attempt>(exception))} after {attempts} attempt(s): {exception.Message}", exception);
        }
        var result = outcome.Result!;
        if (result.Status == HttpStatusCode.NotModified || (int)result.Status is >= 200 and < 300)
            return new FetchedBody(result.Status, result.Body, result.ETag, result.LastModified);
        var why = result.RetryAfter is { } wait && wait > policy.MaxRetryAfter
            ? $"HTTP 429 asking to wait {wait.TotalSeconds:F0} s, more than this source's limit of {policy.MaxRetryAfter.TotalSeconds:F0} s"
            : $"HTTP {(int)result.Status} {result.Status}";
        throw new SourceFetchException($"{url}: {why} after {attempts} attempt(s)");
    }

    private async Task<Attempt> AttemptAsync(Func<HttpRequestMessage> createRequest, Action<byte[]>? checkBody, string url, CancellationToken cancellationToken)
    {
        using var request = createRequest();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            return new Attempt(url, response.StatusCode, [], null, null, RetryAfterOf(response));
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength is { } expected && expected != body.Length)
            throw new MalformedBodyException($"body cut short: {body.Length} of {expected} bytes");
        if (response.StatusCode != HttpStatusCode.NotModified)
            checkBody?.Invoke(body);
        return new Attempt(url, response.StatusCode, body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, null);
    }

    private bool IsTransient(Outcome<Attempt> outcome)
    {
        if (outcome.Exception is { } error)
            return error is HttpRequestException or TimeoutRejectedException or MalformedBodyException or IOException
                or TaskCanceledException { InnerException: TimeoutException };
        var status = (int)outcome.Result!.Status;
        if (status == 429)
            return outcome.Result.RetryAfter is not { } wait || wait <= policy.MaxRetryAfter;
        return status >= 500 || status == 408;
    }

    private static string Describe(Outcome<Attempt> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => "timeout",
        { Exception: MalformedBodyException } => "malformed body",
        { Exception: HttpRequestException or IOException } => "connection failed or closed mid-body",
        { Exception: { } other } => other.GetType().Name,
        { Result: { Status: (HttpStatusCode)429, RetryAfter: { } wait } } => $"HTTP 429 (Retry-After {wait.TotalSeconds:F0} s)",
        { Result: { } result } => $"HTTP {(int)result.Status}",
        _ => "unknown",
    };

    private static string CurrentUrl(ResilienceContext context) =>
        context.Properties.TryGetValue(UrlKey, out var url) ? url : "(unknown URL)";

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
            return null;
        if (retryAfter.Delta is { } delta)
            return delta;
        return retryAfter.Date is { } date ? (date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero) : null;
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return limiter.DisposeAsync();
    }

    /// <summary>One attempt's outcome as the retry strategy sees it.</summary>
    private sealed record Attempt(string Url, HttpStatusCode Status, byte[] Body, string? ETag, DateTimeOffset? LastModified, TimeSpan? RetryAfter);
}
