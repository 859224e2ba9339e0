using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nhmrc.NhmrcFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Nhmrc;

/// <summary>
/// The bundled sample (gzip of the real table) into both stores: rows and dollars reconciled, and a second run changes
/// nothing. Expected figures from the independent Python read quoted in <see cref="NhmrcRealFileTests"/>: 1,135 rows,
/// 1,132 stored, lines 153, 920 and 921 quarantined (no APP ID; AUD 3,350,000 between them: the file's AUD 896,140,679
/// less the stored 892,790,679).
/// </summary>
public sealed class NhmrcWarehouseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_sample_reconciles_rows_and_dollars_to_the_cent_and_a_second_run_changes_nothing(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var first = await Harvests.RunAsync(warehouse, Connector, Sample, Ct);

        Assert.Equal((1132L, 1132L, 63L, 1132L, 3L),
            (first.Projects, first.ProjectsInserted, first.Organisations, first.Participations, first.Quarantined));
        var run = Assert.Single(await warehouse.GetReconciliationAsync("nhmrc", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var rows = run.Lines.Single(l => l.Item == ReconciliationItem.Rows);
        Assert.Equal(("summary_of_results_2015_app_round_160322.csv.gz", 1135L, 1132L, 3L), (run.DetailShown(rows), rows.Read, rows.Stored, rows.Quarantined));
        var stated = run.Lines.Single(l => l.Item == ReconciliationItem.StatedFunding);
        Assert.Equal(("AUD", 1132L, 896_140_679.00m, 892_790_679.00m, 3_350_000.00m),
            (stated.Detail, stated.Stored, stated.ReadAmount!.Value, stated.StoredAmount!.Value, stated.QuarantinedAmount!.Value));
        var contributions = run.Lines.Single(l => l.Item == ReconciliationItem.Contributions);
        Assert.Equal(("AUD", 892_790_679.00m, 892_790_679.00m), (contributions.Detail, contributions.ReadAmount!.Value, contributions.StoredAmount!.Value));
        Assert.Equal([153L, 920L, 921L], (await warehouse.GetQuarantineAsync("nhmrc", Ct)).Select(q => q.Line!.Value).Order());
        var projects = await warehouse.GetProjectsAsync("nhmrc", Ct);
        Assert.Equal(601_237_923.23m, projects.Sum(p => p.FundingEur!.Value));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal(("nhmrc", 1132L, 63L, 3L), (status.Source, status.Projects, status.Organisations, status.Quarantined));
        var before = await Harvests.SnapshotAsync(warehouse, Ct);

        var second = await Harvests.RunAsync(warehouse, Connector, Sample, Ct);

        Assert.Equal((1132L, 0L, 0L, 1132L, 3L), (second.Projects, second.ProjectsInserted, second.ProjectsUpdated, second.ProjectsUnchanged, second.Quarantined));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
    }

    [Fact]
    public async Task The_bundled_sample_is_the_real_table_gzipped()
    {
        var real = await ReadAsync(RealFile);
        var sample = await ReadAsync(Sample);

        Assert.Equal(real.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }),
            sample.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }));
    }
}
