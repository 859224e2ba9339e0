using System.Text.Json;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Benchmarks.Tests.Ingest;

public sealed class IngestBenchmarkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bench_ingest_at_a_tiny_size_prints_each_phase_beside_its_baseline_as_json()
    {
        var work = TestPaths.NewTempDirectory();

        var run = await BenchmarksProcess.RunAsync(Ct, "bench", "ingest", "--rows", "3000", "--pg", "", "--work", work, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(3000, root.GetProperty("rows").GetInt64());
        Assert.True(root.GetProperty("file_bytes").GetInt64() > 0);
        var phases = root.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["icpermed harvest cordis", "DuckDB read_csv (baseline)"], phases.Select(p => p.GetProperty("method").GetString()));
        foreach (var phase in phases)
        {
            // Every resampled row has a new id and the sample's rows are all valid: none is quarantined or merged away.
            Assert.Equal(3000, phase.GetProperty("rows").GetInt64());
            Assert.True(phase.GetProperty("peak_rss_mb").GetInt64() > 0);
        }
        Assert.Equal(1.0, phases[1].GetProperty("time_vs_baseline").GetDouble());
        Assert.False(File.Exists(Path.Combine(work, "project-3000.csv")), "the scaled file is removed after the run");
        Assert.Empty(Directory.EnumerateFiles(work, "*.duckdb*"));
    }
}
