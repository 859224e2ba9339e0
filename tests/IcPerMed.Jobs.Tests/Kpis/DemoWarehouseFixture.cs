using IcPerMed.Analytics.Warehouse;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// A DuckDB warehouse filled by <c>icpermed demo</c> (every bundled sample, classified, snapshotted), one private copy per
/// test class. The demo itself runs once per test run: ten classes used to run it each, about a minute of both cores
/// every time, which was most of this project's time. A class that writes (a snapshot, a subscriber) changes only its copy.
/// </summary>
/// <remarks>
/// The demo runs as a user starts it, with no <c>--db</c> in an empty folder, so the one run also serves the test of
/// the demo command itself (<see cref="Cli.DemoCommandTests"/>): it reads <see cref="DemoRun"/>.
/// </remarks>
public sealed class DemoWarehouseFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<(IcPerMedProcess.Result Run, string Db)>> Template = new(RunDemoAsync);

    public string Db { get; } = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");

    /// <summary>What the one demo run printed and its exit code.</summary>
    internal IcPerMedProcess.Result DemoRun { get; private set; } = null!;

    /// <summary>Where the demo wrote its warehouse: the default file under the folder it ran in.</summary>
    public string DemoDb { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        (DemoRun, DemoDb) = await Template.Value;
        Assert.True(DemoRun.ExitCode == 0, DemoRun.Error);
        TestPaths.CopyDuckDb(DemoDb, Db);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<(IcPerMedProcess.Result, string)> RunDemoAsync()
    {
        var folder = TestPaths.NewTempDirectory();
        var demo = await IcPerMedProcess.RunInAsync(folder, new Dictionary<string, string>(), CancellationToken.None, "demo");
        return (demo, Path.Combine(folder, WarehouseLocation.DefaultDuckDbPath));
    }
}
