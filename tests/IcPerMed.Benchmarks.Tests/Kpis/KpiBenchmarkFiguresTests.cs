using System.Text.Json;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Benchmarks.Kpis;
using Xunit;

namespace IcPerMed.Benchmarks.Tests.Kpis;

/// <summary><c>bench kpis --format json</c>: the figures of one run of each way, on the six projects of <see cref="KpiFixture"/>.</summary>
public sealed class KpiBenchmarkFiguresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_live_quarter_is_timed_as_the_dashboard_computes_it_and_every_line_prints_as_json_beside_its_direct_sql()
    {
        var (warehouse, time) = await KpiFixture.BuildAsync("duckdb", Ct);
        await using var _ = warehouse;
        var benchmark = new KpiBenchmark(warehouse, KpiFixture.Quarter, time);
        KpiBenchmarkSeries Once(IReadOnlyList<KpiBenchmarkStep> steps) => new([steps], 100 * 1_048_576L, 10 * 1_048_576L);

        var live = await benchmark.RunLiveQuarterAsync(Ct);
        var figures = new KpiBenchmarkFigures("duckdb", new KpiBenchmarkScale(6, 6, 12, 6, 0, 4),
            Once(await benchmark.RunPublicAsync(Ct)), Once(await benchmark.RunWorkspaceAsync(Ct)), Once(await benchmark.RunDirectAsync(Ct)),
            Once(live));
        using var json = JsonDocument.Parse(figures.ToJson());

        Assert.Equal([KpiBenchmark.LiveQuarter], live.Select(s => s.Name));
        var root = json.RootElement;
        Assert.Equal(("duckdb", 6L, 4L), (root.GetProperty("store").GetString(), root.GetProperty("projects").GetInt64(), root.GetProperty("pm_projects").GetInt64()));
        var lines = root.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("what").GetString()!);
        var liveLine = lines["live quarter: ComputeAnalyticsAsync (first visitor)"];
        Assert.Equal(live[0].Elapsed.TotalSeconds, liveLine.GetProperty("ours_seconds").GetDouble(), 9);
        // Beside the direct SQL of the whole run (base tables, every KPI, the gap matrix), and their quotient.
        var direct = figures.Direct.Median().TotalSeconds;
        Assert.Equal(direct, liveLine.GetProperty("direct_seconds").GetDouble(), 9);
        Assert.Equal(live[0].Elapsed.TotalSeconds / direct, liveLine.GetProperty("ratio").GetDouble(), 9);
        // One line per step of the workspace way, and the memory of each way in MB.
        Assert.All(KpiBenchmark.StepNames, step => Assert.True(lines.ContainsKey(step), step));
        Assert.Equal(100, root.GetProperty("peak_rss_mb").GetProperty("live").GetInt64());
        Assert.Equal(10, root.GetProperty("peak_heap_mb").GetProperty("ours").GetInt64());
    }
}
