using IcPerMed.Benchmarks.Web;
using Xunit;

namespace IcPerMed.Benchmarks.Tests.Web;

public sealed class WebRouteLatencyTests
{
    [Fact]
    public void Percentiles_of_one_to_a_hundred_are_nearest_rank_values_of_the_sample()
    {
        // 1..100 ms, shuffled: the p-th percentile is p ms exactly.
        var sample = Enumerable.Range(1, 100).Select(n => (double)n).OrderBy(n => (n * 37) % 101).ToList();

        var latency = WebRouteLatency.Of("Overview", "/", sample, failures: 2, TimeSpan.FromSeconds(4));

        Assert.Equal(100, latency.Requests);
        Assert.Equal(2, latency.Failures);
        Assert.Equal(50, latency.Median);
        Assert.Equal(95, latency.P95);
        Assert.Equal(99, latency.P99);
        Assert.Equal(100, latency.Max);
        Assert.Equal(25, latency.PerSecond);
    }

    [Fact]
    public void Percentiles_of_a_small_sample_are_latencies_that_occurred()
    {
        double[] sorted = [3, 7, 11];

        Assert.Equal(7, WebRouteLatency.Percentile(sorted, 50));
        Assert.Equal(11, WebRouteLatency.Percentile(sorted, 95));
        Assert.Equal(3, WebRouteLatency.Percentile(sorted, 0));
    }
}
