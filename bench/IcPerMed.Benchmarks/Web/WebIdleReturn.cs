using System.Diagnostics;

namespace IcPerMed.Benchmarks.Web;

/// <summary>
/// What taking turns at the DuckDB file with the command line costs a page (issue 19): the dashboard lets go of the file
/// after <c>Warehouse:DashboardHoldWhileIdle</c> without requests, so the first request after a pause loads it again.
/// Per route, one client alternates a request after a pause longer than the hold (the file let go) with a request right
/// after it (the file held: the baseline, same route, same run).
/// </summary>
/// <param name="HeldMedian">Median ms of a request while the file is held (the state every page had before issue 19).</param>
/// <param name="AfterIdleMedian">Median ms of the first request after the dashboard let go of the file.</param>
public sealed record WebIdleReturn(string Route, string Path, int Samples, double HeldMedian, double AfterIdleMedian, double AfterIdleMax)
{
    public double Ratio => HeldMedian > 0 ? AfterIdleMedian / HeldMedian : double.NaN;

    public static async Task<WebIdleReturn> MeasureAsync(HttpClient client, string route, string path, int samples, TimeSpan pause,
        CancellationToken cancellationToken)
    {
        var held = new List<double>();
        var afterIdle = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            afterIdle.Add(await TimeAsync(client, path, cancellationToken).ConfigureAwait(false));
            held.Add(await TimeAsync(client, path, cancellationToken).ConfigureAwait(false));
        }
        var sortedAfter = afterIdle.Order().ToArray();
        return new WebIdleReturn(route, path, samples, WebRouteLatency.Percentile(held.Order().ToArray(), 50),
            WebRouteLatency.Percentile(sortedAfter, 50), sortedAfter[^1]);
    }

    private static async Task<double> TimeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }
}
