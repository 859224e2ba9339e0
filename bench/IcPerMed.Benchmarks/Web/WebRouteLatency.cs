namespace IcPerMed.Benchmarks.Web;

/// <summary>One route's latencies under the web benchmark's load, in milliseconds.</summary>
/// <param name="Failures">Responses that were not 2xx (counted in <paramref name="Requests"/>, latencies included).</param>
/// <param name="PerSecond">Completed requests per second over the measured window.</param>
public sealed record WebRouteLatency(string Route, string Path, long Requests, long Failures, double Median, double P95, double P99, double Max,
    double PerSecond)
{
    /// <summary>
    /// The highest resident memory of the benchmark's process while the route was measured, in MB: the dashboard, the
    /// store's buffers (DuckDB runs in the process) and the load's own clients; 0 when not measured (the warm-up).
    /// </summary>
    public long PeakRssMb { get; init; }

    /// <summary>The highest .NET heap over the same window, in MB.</summary>
    public long PeakManagedHeapMb { get; init; }

    /// <summary>
    /// Summarises <paramref name="milliseconds"/> (one entry per request) by nearest-rank percentiles: the p-th percentile
    /// is the smallest value with at least p % of the sample at or below it, always a latency that really occurred.
    /// </summary>
    public static WebRouteLatency Of(string route, string path, IReadOnlyList<double> milliseconds, long failures, TimeSpan window)
    {
        if (milliseconds.Count == 0)
            return new WebRouteLatency(route, path, 0, failures, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        var sorted = milliseconds.Order().ToArray();
        return new WebRouteLatency(route, path, sorted.Length, failures, Percentile(sorted, 50), Percentile(sorted, 95),
            Percentile(sorted, 99), sorted[^1], sorted.Length / window.TotalSeconds);
    }

    /// <summary>Nearest-rank percentile of an ascending sample.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
