using System.Text.Json;
using IcPerMed.Analytics.Classification;
using IcPerMed.Jobs.Classify;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Benchmarks.Tests.Web;

public sealed class WebBenchmarkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bench_web_at_a_tiny_size_measures_every_route_without_a_failed_request()
    {
        var work = TestPaths.NewTempDirectory();
        var models = await SmallModelAsync(work);

        var run = await BenchmarksProcess.RunAsync(new Dictionary<string, string> { [ModelRepository.EnvironmentVariable] = models }, Ct, "bench", "web", "--projects", "2000", "--clients", "2", "--seconds", "1", "--idle-samples", "1", "--first-visits", "1",
            "--work", work, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("duckdb", root.GetProperty("store").GetString());
        Assert.True(root.GetProperty("projects").GetInt64() >= 2000);
        Assert.Equal(2, root.GetProperty("clients").GetInt32());
        var routes = root.GetProperty("routes").EnumerateArray().ToList();
        // The project pages twice: from the dossier store, and by the warehouse's lookups (the store off) as its baseline.
        Assert.Equal(["Overview", "Gaps", "/api/kpis", "/api/gaps", "project page", "project page, warehouse lookups", "baseline (site.css)"],
            routes.Select(r => r.GetProperty("route").GetString()));
        Assert.Equal(root.GetProperty("projects").GetInt64(), root.GetProperty("dossier_store").GetProperty("projects").GetInt64());
        Assert.True(root.GetProperty("project_pages_from_store").GetBoolean());
        foreach (var route in routes)
        {
            var name = route.GetProperty("route").GetString();
            Assert.True(route.GetProperty("requests").GetInt64() > 0, $"{name}: no requests");
            Assert.True(route.GetProperty("failures").GetInt64() == 0, $"{name}: failed requests");
            Assert.True(route.GetProperty("median").GetDouble() <= route.GetProperty("p95").GetDouble(), $"{name}: median above p95");
            // The process's peak RSS over the route's window (a dashboard with DuckDB in it is tens of MB at least),
            // above the .NET heap it contains.
            var rss = route.GetProperty("peak_rss_mb").GetInt64();
            Assert.True(rss > 20 && rss > route.GetProperty("peak_managed_heap_mb").GetInt64(), $"{name}: peak RSS {rss} MB");
        }
        // Every route but the style sheet again after the dashboard let go of the file, as often as --idle-samples says.
        var idle = root.GetProperty("idle_returns").EnumerateArray().ToList();
        Assert.Equal(["Overview", "Gaps", "/api/kpis", "/api/gaps", "project page"], idle.Select(r => r.GetProperty("route").GetString()));
        Assert.All(idle, r => Assert.Equal(1, r.GetProperty("samples").GetInt32()));
        // The first visitor after a start, on the new warehouse before its snapshot: computed on request, then at start.
        var first = root.GetProperty("first_visits").EnumerateArray().ToList();
        Assert.Equal([false, true], first.Select(v => v.GetProperty("warmed").GetBoolean()));
        Assert.All(first, v => Assert.Equal(("computed live", 1), (v.GetProperty("basis").GetString(), v.GetProperty("samples").GetInt32())));
        Assert.True(first[1].GetProperty("warm_up_median").GetDouble() > 0, "the warmed dashboard's figures were never ready");
        Assert.Equal(0, first[0].GetProperty("warm_up_median").GetDouble());
        Assert.False(File.Exists(Path.Combine(work, "web-2000.duckdb")), "without --keep the warehouse is removed");
        Assert.False(Directory.Exists(Path.Combine(work, "web-2000.duckdb.dossiers")), "without --keep the dossier store is removed");
    }

    /// <summary>
    /// A model folder holding one model trained on a real subset of the bundled labels (every positive of the first label
    /// and every third row) with one candidate: the benchmark uses a model it finds instead of training one on all the
    /// labels, which took this test a minute of both cores and is not what it measures.
    /// </summary>
    private static async Task<string> SmallModelAsync(string work)
    {
        var lines = await File.ReadAllLinesAsync(ClassifierWorkflow.BundledLabels, Ct);
        var labels = Path.Combine(work, "labels.csv");
        await File.WriteAllLinesAsync(labels, [lines[0], .. lines.Skip(1).Where((line, i) => line.Split(',')[2] == "1" || i % 3 == 0)], Ct);
        var set = await TrainingSet.LoadAsync(labels, ClassifierWorkflow.BundledTexts, Ct);
        var options = ClassifierOptions.ForCandidate(new ClassifierCandidate(ClassifierOptions.DefaultFeatures, LinearTrainer.Sdca));
        var models = Path.Combine(work, "models");
        new ModelRepository(models).Save(new ClassifierTrainer(options, TimeProvider.System).Train(set, Ct));
        return models;
    }
}
