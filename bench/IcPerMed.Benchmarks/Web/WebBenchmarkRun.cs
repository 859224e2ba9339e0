using IcPerMed.Analytics.Dossiers;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Benchmarks.Kpis;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Kpis;
using IcPerMed.Jobs.Serve;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Benchmarks.Web;

/// <summary>What <c>icpermed bench web</c> is asked to do.</summary>
/// <param name="Postgres">The PostgreSQL server, or null for DuckDB.</param>
/// <param name="Keep">Keep the scaled warehouse (DuckDB file in the work folder, PostgreSQL schema) for the next run to reuse.</param>
public sealed record WebBenchmarkOptions(long Projects, int Clients, TimeSpan Window, TimeSpan WarmUp, string WorkDirectory, string? Postgres,
    bool Keep, string SampleDirectory)
{
    /// <summary>Requests per route after the dashboard let go of the file (DuckDB only): each waits out the idle hold.</summary>
    public int IdleSamples { get; init; } = 10;

    /// <summary>New dashboards per kind for the first visitor after a start (<see cref="WebFirstVisit"/>); 0 skips it.</summary>
    public int FirstVisits { get; init; } = 3;
}

/// <summary>
/// <c>icpermed bench web</c>: a warehouse of N resampled projects (as <c>bench kpis</c> builds it) with a snapshot of
/// the last completed quarter, the real dashboard on a free loopback port, N signed-in clients, a warm-up, then a fixed
/// window per route with every client requesting that route, beside the style sheet as the server's floor.
/// </summary>
public sealed class WebBenchmarkRun(ILoggerFactory logging, TimeProvider time)
{
    private const string Password = "bench-web-password";
    private readonly ILogger logger = logging.CreateLogger<WebBenchmarkRun>();

    public async Task<WebBenchmarkFigures> RunAsync(WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        if (options.Postgres is not { } server)
        {
            var file = Path.Combine(options.WorkDirectory, $"web-{options.Projects}.duckdb");
            try
            {
                return await MeasureAsync(file, options, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (!options.Keep)
                {
                    File.Delete(file);
                    File.Delete(file + ".wal");
                    if (Directory.Exists(file + ".dossiers")) Directory.Delete(file + ".dossiers", recursive: true);
                }
            }
        }
        var schema = $"bench_web_{options.Projects}";
        try
        {
            var location = await BenchmarkSchema.EnsureAsync(server, schema, cancellationToken).ConfigureAwait(false);
            return await MeasureAsync(location, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!options.Keep)
                await BenchmarkSchema.DropAsync(server, schema, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<WebBenchmarkFigures> MeasureAsync(string location, WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var quarter = Quarter.LastCompleted(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var (store, scale, projects) = await PrepareAsync(location, quarter, options, cancellationToken).ConfigureAwait(false);
        var users = Enumerable.Range(1, options.Clients).Select(i => new LoopbackUser($"bench{i}", DashboardRoles.Analyst, Password)).ToList();
        // Every client signs in from 127.0.0.1: the per-address sign-in limit would turn the eleventh away.
        var settings = new Dictionary<string, string?>
        {
            [$"{DashboardOptions.Section}:{nameof(DashboardOptions.SignInAttemptsPerMinute)}"] = "100000",
            [$"{Analytics.WarehouseOptions.Section}:{nameof(Analytics.WarehouseOptions.DashboardHoldWhileIdle)}"] = IdleHold.ToString(),
        };
        // Before the snapshot of the quarter is taken (a new warehouse): the first visitor computes the quarter live.
        var firstVisits = options.FirstVisits > 0
            ? await WebFirstVisit.MeasureAsync(location, users, Password, settings, options.FirstVisits, cancellationToken).ConfigureAwait(false)
            : [];
        foreach (var visit in firstVisits)
            logger.LogInformation("{Store}: first visitor after a start, {Kind}: median {Median:F0} ms ({Basis})", store, visit.Kind, visit.Median, visit.Basis);
        await TakeSnapshotAsync(location, quarter, cancellationToken).ConfigureAwait(false);
        var routes = Routes(projects);
        var latencies = new List<WebRouteLatency>();
        var idleReturns = new List<WebIdleReturn>();
        DossierStoreBuild? dossierStore = null;
        var fromStore = false;
        await using (var dashboard = await LoopbackDashboard.StartAsync(location, users, settings, cancellationToken).ConfigureAwait(false))
        {
            if (options.Postgres is null)
                dossierStore = await BuildDossierStoreAsync(dashboard, cancellationToken).ConfigureAwait(false);
            await WithClientsAsync(dashboard, store, users, async clients =>
            {
                logger.LogInformation("{Store}: warm-up, {Seconds:F0} s", store, options.WarmUp.TotalSeconds);
                _ = await WebLoad.RunAsync(clients, routes, options.WarmUp, null, cancellationToken).ConfigureAwait(false);
                // One route at a time, every client on it: a route's figures are its own latency under 20 concurrent clients,
                // not the queueing behind a slower route measured in the same window.
                foreach (var route in routes)
                    latencies.AddRange(await MeasureRouteAsync(clients, store, route, options, cancellationToken).ConfigureAwait(false));
                // The pages were the store's only if it was still current when they had been measured.
                fromStore = await dashboard.Services.GetRequiredService<ProjectDossierReader>().ServesFromStoreAsync().ConfigureAwait(false);
                if (options.Postgres is null)
                    foreach (var route in routes.Where(r => r.Name != WebBenchmarkFigures.BaselineRoute))
                    {
                        logger.LogInformation("{Store}: {Route} after the dashboard let go of the file, {Samples} times", store, route.Name, options.IdleSamples);
                        idleReturns.Add(await WebIdleReturn.MeasureAsync(clients[0], route.Name, route.Paths[0], options.IdleSamples, IdleHold * 3, cancellationToken)
                            .ConfigureAwait(false));
                    }
            }, cancellationToken).ConfigureAwait(false);
        }
        if (options.Postgres is null)
        {
            // The same pages by the warehouse's eight lookups (the dossier store off), measured in the same run: the store's baseline.
            settings[$"{DashboardOptions.Section}:{nameof(DashboardOptions.DossierStore)}"] = "false";
            await using var withoutStore = await LoopbackDashboard.StartAsync(location, users, settings, cancellationToken).ConfigureAwait(false);
            var pages = routes.Single(r => r.Name == ProjectPageRoute);
            await WithClientsAsync(withoutStore, store, users, async clients =>
            {
                _ = await WebLoad.RunAsync(clients, [pages], options.WarmUp, null, cancellationToken).ConfigureAwait(false);
                var lookups = pages with { Name = WarehouseLookupsRoute };
                latencies.InsertRange(latencies.Count - 1, await MeasureRouteAsync(clients, store, lookups, options, cancellationToken).ConfigureAwait(false));
            }, cancellationToken).ConfigureAwait(false);
        }
        return new WebBenchmarkFigures(store, scale.Projects, scale.PmProjects, quarter.ToString(), options.Clients, options.Window.TotalSeconds,
            options.WarmUp.TotalSeconds, latencies, idleReturns) { DossierStore = dossierStore, ProjectPagesFromStore = fromStore, FirstVisits = firstVisits };
    }

    /// <summary>The route of the project pages, and of the same pages read by the warehouse's lookups (the dossier store's baseline).</summary>
    public const string ProjectPageRoute = "project page";

    public const string WarehouseLookupsRoute = "project page, warehouse lookups";

    // The store as a page would find it after a harvest, built before the pages are measured: the build is reported, not timed into them.
    private async Task<DossierStoreBuild?> BuildDossierStoreAsync(LoopbackDashboard dashboard, CancellationToken cancellationToken)
    {
        logger.LogInformation("duckdb: building the dossier store");
        var progress = new Progress<long>(done =>
        {
            if (done % 100_000 == 0) logger.LogInformation("duckdb: dossier store: {Projects:N0} projects", done);
        });
        var build = await dashboard.Services.GetRequiredService<ProjectDossierReader>().BuildStoreAsync(progress, cancellationToken).ConfigureAwait(false);
        if (build is not null)
            logger.LogInformation("duckdb: dossier store of {Projects:N0} projects built in {Seconds:F1} s, {Megabytes:F0} MB", build.Projects,
                build.Took.TotalSeconds, build.Bytes / 1_048_576.0);
        return build;
    }

    private async Task<IReadOnlyList<WebRouteLatency>> MeasureRouteAsync(IReadOnlyList<HttpClient> clients, string store, WebRoute route,
        WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        logger.LogInformation("{Store}: measuring {Route}, {Clients} clients for {Seconds:F0} s", store, route.Name, options.Clients, options.Window.TotalSeconds);
        var progress = new Progress<long>(done => logger.LogInformation("{Store}: {Route}: {Requests:N0} requests", store, route.Name, done));
        await using var memory = new PeakMemorySampler();
        var measured = await WebLoad.RunAsync(clients, [route], options.Window, progress, cancellationToken).ConfigureAwait(false);
        return [.. measured.Select(l => l with { PeakRssMb = memory.Peak / 1_048_576, PeakManagedHeapMb = memory.PeakManaged / 1_048_576 })];
    }

    private async Task WithClientsAsync(LoopbackDashboard dashboard, string store, List<LoopbackUser> users, Func<List<HttpClient>, Task> measure,
        CancellationToken cancellationToken)
    {
        logger.LogInformation("{Store}: dashboard on {Address}; signing in {Clients} clients", store, dashboard.Address, users.Count);
        var clients = new List<HttpClient>();
        try
        {
            foreach (var user in users)
                clients.Add(await WebBenchmarkClient.SignInAsync(dashboard.Address, user.Name, Password, cancellationToken).ConfigureAwait(false));
            await measure(clients).ConfigureAwait(false);
        }
        finally
        {
            foreach (var client in clients)
                client.Dispose();
        }
    }

    /// <summary>The scaled warehouse and some PM projects to open; closed before the dashboard opens it.</summary>
    private async Task<(string Store, KpiBenchmarkScale Scale, IReadOnlyList<KpiProject> Projects)> PrepareAsync(string location, Quarter quarter,
        WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var warehouse = await Warehouse.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
        var kpiOptions = new KpiBenchmarkOptions(options.Projects, 1, quarter, options.WorkDirectory, options.Postgres, options.Keep, options.SampleDirectory);
        var scale = await new KpiBenchmarkRun(logging, time).PrepareAsync(warehouse, kpiOptions, cancellationToken).ConfigureAwait(false);
        var projects = await warehouse.GetProjectsBehindKpiAsync(quarter, KpiFilter.None, "active-pm-projects", [], ProjectPagesDrawn, cancellationToken)
            .ConfigureAwait(false);
        return (warehouse.Store, scale, projects);
    }

    /// <summary>The snapshot of <paramref name="quarter"/> the pages are measured with, unless a kept warehouse has it.</summary>
    private async Task TakeSnapshotAsync(string location, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var warehouse = await Warehouse.OpenAsync(location, time, cancellationToken).ConfigureAwait(false);
        if (await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false) is not null)
            return;
        logger.LogInformation("{Store}: snapshot of {Quarter}", warehouse.Store, quarter);
        await warehouse.TakeSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
    }

    // Pages spread over the warehouse, so that neither store's reads are served from a few cached blocks.
    private const int ProjectPagesDrawn = 1_000;

    // Shorter than serve's 2 s so the pauses between samples stay short; what a return costs does not depend on it.
    private static readonly TimeSpan IdleHold = TimeSpan.FromMilliseconds(500);

    private static List<WebRoute> Routes(IReadOnlyList<KpiProject> projects) =>
    [
        new("Overview", ["/"]),
        new("Gaps", ["/gaps"]),
        new("/api/kpis", ["/api/kpis"]),
        new("/api/gaps", ["/api/gaps"]),
        new(ProjectPageRoute, projects.Count > 0 ? [.. projects.Select(p => Links.Project(p.Source, p.SourceId))] : ["/projects/cordis/0"]),
        new(WebBenchmarkFigures.BaselineRoute, ["/assets/site.css"]),
    ];
}
