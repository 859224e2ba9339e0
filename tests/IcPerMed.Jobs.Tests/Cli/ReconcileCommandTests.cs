using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary><c>icpermed reconcile</c> on the bundled sample: it reconciles, and a lost cent makes it fail.</summary>
public sealed class ReconcileCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reconcile_exits_0_on_the_bundled_sample_and_1_when_a_stored_cent_goes_missing()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "cordis");
        var harvest = await IcPerMedProcess.RunAsync(Ct, "harvest", "cordis", "--from", sample, "--db", db);
        Assert.True(harvest.ExitCode == 0, harvest.Error);

        var ok = await IcPerMedProcess.RunAsync(Ct, "reconcile", "--db", db, "--format", "json");
        Assert.True(ok.ExitCode == 0, ok.Error + ok.Output);
        var run = JsonNode.Parse(ok.Output)!["runs"]![0]!;
        Assert.Equal(("cordis", true), ((string)run["source"]!, (bool)run["reconciles"]!));
        var derived = run["lines"]!.AsArray().Single(l => (string)l!["item"]! == "funding from participants")!;
        Assert.Equal((1011L, 4818722934.65m), ((long)derived["stored"]!, (decimal)derived["stored_amount"]!));

        // As if the merge had lost one cent of one project's funding: the difference has no quarantined record.
        await using (var duck = new DuckDBConnection($"Data Source={db}"))
        {
            await duck.OpenAsync(Ct);
            await using var command = duck.CreateCommand();
            command.CommandText = "UPDATE harvest_reconciliation SET stored_amount = stored_amount - 0.01 WHERE item = 'funding from participants'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }
        var failed = await IcPerMedProcess.RunAsync(Ct, "reconcile", "--db", db);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("0.01", failed.Output, StringComparison.Ordinal);
        Assert.Contains("does NOT reconcile", failed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_on_an_empty_warehouse_is_a_usage_mistake_with_a_reason()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);

        var result = await IcPerMedProcess.RunAsync(Ct, "reconcile", "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to reconcile", result.Error + result.Output, StringComparison.Ordinal);
    }
}
