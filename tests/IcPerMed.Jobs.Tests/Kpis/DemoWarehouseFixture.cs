using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>One DuckDB warehouse filled by <c>icpermed demo</c> (the bundled CORDIS and NFR samples, classified).</summary>
public sealed class DemoWarehouseFixture : IAsyncLifetime
{
    public string Db { get; } = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");

    public async ValueTask InitializeAsync()
    {
        var demo = await IcPerMedProcess.RunAsync(CancellationToken.None, "demo", "--db", Db);
        Assert.True(demo.ExitCode == 0, demo.Error);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
