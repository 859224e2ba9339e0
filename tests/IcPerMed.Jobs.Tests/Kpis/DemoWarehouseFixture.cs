using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// A DuckDB warehouse filled by <c>icpermed demo</c> (every bundled sample, classified, snapshotted), one private copy per
/// test class. The demo itself runs once per test run: ten classes used to run it each, about a minute of both cores
/// every time, which was most of this project's time. A class that writes (a snapshot, a subscriber) changes only its copy.
/// </summary>
public sealed class DemoWarehouseFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<string>> Template = new(RunDemoAsync);

    public string Db { get; } = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");

    public async ValueTask InitializeAsync()
    {
        var template = await Template.Value;
        File.Copy(template, Db);
        if (File.Exists(template + ".wal"))
            File.Copy(template + ".wal", Db + ".wal");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<string> RunDemoAsync()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "demo.duckdb");
        var demo = await IcPerMedProcess.RunAsync(CancellationToken.None, "demo", "--db", db);
        Assert.True(demo.ExitCode == 0, demo.Error);
        return db;
    }
}
