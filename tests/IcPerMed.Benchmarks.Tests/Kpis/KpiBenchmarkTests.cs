using System.Diagnostics;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Benchmarks.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Benchmarks.Tests.Kpis;

/// <summary>The timed ways of <c>icpermed bench kpis</c>, on the six projects of <see cref="KpiFixture"/>.</summary>
public sealed class KpiBenchmarkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Written out rather than read from KpiBenchmark.StepNames: the base tables are the ones KpiBaseSql builds.
    private static readonly string[] BaseTables = ["kpi_project", "kpi_project_challenge", "kpi_project_country", "kpi_project_funder"];

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_workspace_way_times_each_base_table_from_the_workspace_trace_then_every_kpi(string store)
    {
        var (warehouse, time) = await KpiFixture.BuildAsync(store, Ct);
        await using var _ = warehouse;
        var benchmark = new KpiBenchmark(warehouse, KpiFixture.Quarter, time);

        var clock = Stopwatch.StartNew();
        var steps = await benchmark.RunWorkspaceAsync(Ct);
        var wall = clock.Elapsed;

        Assert.Equal([KpiBenchmark.Connect, .. BaseTables, .. KpiBenchmark.KpiIds, KpiBenchmark.GapMatrix, KpiBenchmark.Close],
            steps.Select(s => s.Name));
        Assert.All(steps, s => Assert.True(s.Elapsed >= TimeSpan.Zero, $"{s.Name}: {s.Elapsed}"));
        // Each table's time is the gap between trace events, so the base tables fit inside the run's wall time.
        var tables = steps.Where(s => BaseTables.Contains(s.Name)).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        Assert.InRange(tables, TimeSpan.FromTicks(1), wall);
        Assert.True(steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed) <= wall);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_direct_way_runs_the_same_steps_as_the_workspace_way(string store)
    {
        var (warehouse, time) = await KpiFixture.BuildAsync(store, Ct);
        await using var _ = warehouse;
        var benchmark = new KpiBenchmark(warehouse, KpiFixture.Quarter, time);

        var workspace = await benchmark.RunWorkspaceAsync(Ct);
        var direct = await benchmark.RunDirectAsync(Ct);

        Assert.Equal(workspace.Select(s => s.Name), direct.Select(s => s.Name));
    }
}
