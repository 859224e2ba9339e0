using System.Threading.RateLimiting;

namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>
/// A rate limiter that spaces permits at least <c>interval</c> apart, queuing callers in order. The fixed-window and
/// token-bucket limiters of System.Threading.RateLimiting count permits per window of the clock, so two requests can
/// pass a few milliseconds apart on either side of a window's edge; "at most one request a second" (NIH) means spacing.
/// </summary>
public sealed class MinimumIntervalRateLimiter(TimeSpan interval, TimeProvider time) : RateLimiter
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long? last;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (!gate.Wait(0))
            return Lease.Refused;
        try
        {
            if (last is { } previous && time.GetElapsedTime(previous) < interval)
                return Lease.Refused;
            last = time.GetTimestamp();
            return Lease.Granted;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (last is { } previous && interval - time.GetElapsedTime(previous) is var wait && wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            last = time.GetTimestamp();
            return Lease.Granted;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            gate.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
