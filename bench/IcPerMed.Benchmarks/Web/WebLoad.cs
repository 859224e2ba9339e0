using System.Diagnostics;

namespace IcPerMed.Benchmarks.Web;

/// <summary>One route the web benchmark requests: a name for the table and the paths it cycles through.</summary>
public sealed record WebRoute(string Name, IReadOnlyList<string> Paths);

/// <summary>
/// Closed-loop load: every client requests the routes in turn (each client starting at a different one) until the
/// window ends, reading each whole response; each request's latency is recorded against its route.
/// </summary>
public static class WebLoad
{
    public static async Task<IReadOnlyList<WebRouteLatency>> RunAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<WebRoute> routes,
        TimeSpan window, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var latencies = routes.Select(_ => new List<double>()).ToArray();
        var failures = new long[routes.Count];
        long completed = 0;
        var started = Stopwatch.GetTimestamp();
        using var reporting = new CancellationTokenSource();
        var reporter = ReportAsync(() => Interlocked.Read(ref completed), progress, reporting.Token);

        async Task ClientAsync(HttpClient client, int offset)
        {
            var local = routes.Select(_ => new List<double>()).ToArray();
            var localFailures = new long[routes.Count];
            for (var n = offset; Stopwatch.GetElapsedTime(started) < window; n++)
            {
                var r = n % routes.Count;
                var route = routes[r];
                var path = route.Paths[(n / routes.Count) % route.Paths.Count];
                var begin = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken)
                    .ConfigureAwait(false);
                local[r].Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) localFailures[r]++;
                Interlocked.Increment(ref completed);
            }
            lock (latencies)
            {
                for (var r = 0; r < routes.Count; r++)
                {
                    latencies[r].AddRange(local[r]);
                    failures[r] += localFailures[r];
                }
            }
        }

        await Task.WhenAll(clients.Select((client, i) => ClientAsync(client, i))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await reporting.CancelAsync().ConfigureAwait(false);
        await reporter.ConfigureAwait(false);
        return [.. routes.Select((route, r) => WebRouteLatency.Of(route.Name, route.Paths[0], latencies[r], failures[r], elapsed))];
    }

    private static async Task ReportAsync(Func<long> completed, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        if (progress is null) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                progress.Report(completed());
        }
        catch (OperationCanceledException)
        {
            // the window ended
        }
    }
}
