using IcPerMed.Ingestion.Harvesting.Http;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting.Http;

/// <summary>The spacing rule itself, on a clock the test moves: a permit waits until a whole interval has passed.</summary>
public sealed class MinimumIntervalRateLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_permit_waits_for_the_whole_interval_and_no_longer()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        using var limiter = new MinimumIntervalRateLimiter(TimeSpan.FromSeconds(1), time);

        using var first = await limiter.AcquireAsync(1, Ct);
        var second = limiter.AcquireAsync(1, Ct).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50, Ct);
        var waitedLongEnough = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.True(first.IsAcquired);
        Assert.False(waitedLongEnough, "the second permit came before a second had passed");
        Assert.True(lease.IsAcquired);
        Assert.False(limiter.AttemptAcquire(1).IsAcquired);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.AttemptAcquire(1).IsAcquired);
    }
}
