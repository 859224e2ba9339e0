using System.Diagnostics;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Jobs.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Benchmarks.Web;

/// <summary>
/// The first visitor after a start (issue 20): a new dashboard, one signed-in client, the overview once. Without
/// <see cref="DashboardOptions.WarmLiveFigures"/> (the baseline) that request computes the figures; with it, the
/// request comes after the dashboard's first refresh and reads them. Each sample is a new dashboard on the same
/// warehouse, the two kinds alternating.
/// </summary>
/// <param name="Warmed">Whether the figures were computed before the request (<see cref="LiveFiguresWarmer"/>).</param>
/// <param name="Basis">What the overview's figures rested on: a snapshot, or computed live.</param>
/// <param name="WarmUpMedian">Median ms from the dashboard's start to its first refresh (warmed samples only).</param>
public sealed record WebFirstVisit(bool Warmed, int Samples, double Median, double Max, string Basis, double WarmUpMedian)
{
    // The baseline first, then the warmed dashboard, in every sample.
    private static readonly bool[] Kinds = [false, true];

    public string Kind => Warmed ? "figures computed at start (WarmLiveFigures)" : "figures computed on request (baseline)";

    public static async Task<IReadOnlyList<WebFirstVisit>> MeasureAsync(string location, IReadOnlyList<LoopbackUser> users, string password,
        Dictionary<string, string?> settings, int samples, CancellationToken cancellationToken)
    {
        var times = new Dictionary<bool, List<double>> { [false] = [], [true] = [] };
        var warmUps = new List<double>();
        var basis = "";
        for (var i = 0; i < samples; i++)
            foreach (var warmed in Kinds)
            {
                var started = Stopwatch.StartNew();
                await using var dashboard = await LoopbackDashboard.StartAsync(location, [users[0]],
                    new Dictionary<string, string?>(settings) { [$"{DashboardOptions.Section}:{nameof(DashboardOptions.WarmLiveFigures)}"] = warmed ? "true" : "false" },
                    cancellationToken).ConfigureAwait(false);
                if (warmed)
                {
                    await dashboard.Services.GetRequiredService<LiveFiguresWarmer>().FirstRefresh.WaitAsync(cancellationToken).ConfigureAwait(false);
                    warmUps.Add(started.Elapsed.TotalMilliseconds);
                }
                using var client = await WebBenchmarkClient.SignInAsync(dashboard.Address, users[0].Name, password, cancellationToken).ConfigureAwait(false);
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri("", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                var page = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                times[warmed].Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
                basis = page.Contains("computed live at", StringComparison.Ordinal) ? "computed live" : "snapshot";
            }
        return [.. Kinds.Select(warmed =>
        {
            var sorted = times[warmed].Order().ToArray();
            return new WebFirstVisit(warmed, samples, WebRouteLatency.Percentile(sorted, 50), sorted[^1], basis,
                warmed ? WebRouteLatency.Percentile([.. warmUps.Order()], 50) : 0);
        })];
    }
}
