using System.Text.Json;
using IcPerMed.Tests.Support;
using Npgsql;
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

    /// <remarks>
    /// The PostgreSQL phases load into schemas of the server the user names: the harvest's and the baseline's are dropped
    /// after the run, as the DuckDB files are deleted (a million rows are a gigabyte; no later run reads them).
    /// </remarks>
    [Fact]
    public async Task Bench_ingest_on_postgresql_measures_the_harvest_beside_copy_and_leaves_no_schema_behind()
    {
        var server = TestStores.PostgresServer();
        var before = await BenchSchemasAsync(server);

        var run = await BenchmarksProcess.RunAsync(Ct, "bench", "ingest", "--rows", "2000", "--pg", server, "--work", TestPaths.NewTempDirectory(),
            "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var postgres = json.RootElement.GetProperty("phases").EnumerateArray().Where(p => p.GetProperty("store").GetString() == "postgresql").ToList();
        Assert.Equal(["icpermed harvest cordis", "PostgreSQL COPY (baseline)"], postgres.Select(p => p.GetProperty("method").GetString()));
        Assert.All(postgres, phase => Assert.Equal(2000, phase.GetProperty("rows").GetInt64()));
        Assert.Equal(1.0, postgres[1].GetProperty("time_vs_baseline").GetDouble());
        Assert.Equal(before, await BenchSchemasAsync(server));
    }

    private static async Task<List<string>> BenchSchemasAsync(string server)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(Ct);
        // The ingest benchmark's own names (bench_<12 hex>, bench_copy_<12 hex>): the KPI and web benchmarks' tests, which may
        // run beside this one, keep schemas of theirs (bench_kpis_<n>) that are not this test's business.
        await using var query = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE nspname ~ '^bench_(copy_)?[0-9a-f]{12}$' ORDER BY 1", connection);
        await using var reader = await query.ExecuteReaderAsync(Ct);
        var names = new List<string>();
        while (await reader.ReadAsync(Ct))
            names.Add(reader.GetString(0));
        return names;
    }
}
