using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Snsf.SnsfFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Snsf;

/// <summary>
/// The bundled sample (gzip of the real file) into both stores: every grant stored, rows and CHF reconciled, and a
/// second run changes nothing. Expected figures from the independent Python read quoted in <see cref="SnsfRealFileTests"/>.
/// </summary>
public sealed class SnsfWarehouseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_sample_reconciles_rows_and_francs_to_the_cent_and_a_second_run_changes_nothing(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var first = await Harvests.RunAsync(warehouse, Connector, Sample, Ct);

        Assert.Equal((2906L, 2906L, 0L, 0L), (first.Projects, first.ProjectsInserted, first.Organisations, first.Quarantined));
        var run = Assert.Single(await warehouse.GetReconciliationAsync("snsf", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var rows = run.Lines.Single(l => l.Item == ReconciliationItem.Rows);
        Assert.Equal(("grant_2024.json.gz", 2906L, 2906L, 0L), (run.DetailShown(rows), rows.Read, rows.Stored, rows.Quarantined));
        var chf = run.Lines.Single(l => l.Item == ReconciliationItem.StatedFunding);
        Assert.Equal(("CHF", 2906L, 1_266_618_949.00m, 1_266_618_949.00m, 0m),
            (chf.Detail, chf.Stored, chf.ReadAmount!.Value, chf.StoredAmount!.Value, chf.QuarantinedAmount ?? 0m));
        var projects = await warehouse.GetProjectsAsync("snsf", Ct);
        Assert.Equal(1_338_314_845.98m, projects.Sum(p => p.FundingEur!.Value));
        Assert.All(projects, p => Assert.Equal(("CHF", "reported", "CH"), (p.FundingCurrency, p.FundingBasis, p.LeadCountry)));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal(("snsf", 2906L, 0L), (status.Source, status.Projects, status.Quarantined));
        var before = await Harvests.SnapshotAsync(warehouse, Ct);

        var second = await Harvests.RunAsync(warehouse, Connector, Sample, Ct);

        Assert.Equal((2906L, 0L, 0L, 2906L, 0L), (second.Projects, second.ProjectsInserted, second.ProjectsUpdated, second.ProjectsUnchanged, second.Quarantined));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
    }

    [Fact]
    public async Task The_bundled_sample_is_the_real_file_gzipped()
    {
        var real = await ReadAsync(RealFile);
        var sample = await ReadAsync(Sample);

        Assert.Equal(real.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }),
            sample.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }));
    }
}
