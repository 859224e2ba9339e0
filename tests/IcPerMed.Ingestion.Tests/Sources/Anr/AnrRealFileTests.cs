using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Anr.AnrFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>
/// The whole real export (shared/data/anr-france-pia) into both stores, checked against
/// scripts/reconcile/anr_expected_totals.py. Its output when this was written (hand-kept below, so a change in either
/// route shows): 1,379 projects (1,379 codes), 456 without start date, 406 with an abstract, 111 with aid 0, 1,268 funded
/// with EUR 13,437,508,769.58; RHUS 56 projects, 17 at 0, EUR 295,449,872.73; 7,581 partners, 1,379 coordinators.
/// </summary>
public sealed class AnrRealFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Every_row_is_stored_and_the_money_reconciles_to_the_cent(string store)
    {
        var expected = await AnrExpected.OfAsync(Real, Ct);
        Assert.Equal((1379L, 7581L, 1268L, 13_437_508_769.58m),
            (expected.Count("projects"), expected.Count("partners"), expected.Count("funded"), expected.Eur("funding_eur")));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, Real, Ct);

        Assert.Equal((expected.Count("projects"), expected.Count("partners"), 0L), (summary.Projects, summary.Participations, summary.Quarantined));
        var run = Assert.Single(await warehouse.GetReconciliationAsync("anr", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        foreach (var file in new[] { ProjectsFile, PartnersFile })
        {
            var rows = run.Lines.Single(l => l.Item == ReconciliationItem.Rows && l.Detail.Contains(file, StringComparison.Ordinal));
            Assert.Equal((expected.Rows(file), expected.Rows(file), 0L), (rows.Read, rows.Stored, rows.Quarantined));
        }
        var stated = run.Lines.Single(l => l.Item == ReconciliationItem.StatedFunding && l.Detail == "EUR");
        Assert.Equal((expected.Count("funded"), expected.Count("funded"), expected.Eur("funding_eur"), expected.Eur("funding_eur")),
            (stated.Read, stated.Stored, stated.ReadAmount!.Value, stated.StoredAmount!.Value));

        var projects = await warehouse.GetProjectsAsync("anr", Ct);
        Assert.Equal(expected.Eur("funding_eur"), projects.Sum(p => p.FundingEur ?? 0));
        Assert.All(projects.Where(p => p.FundingEur is not null), p => Assert.Equal((p.FundingAmount, "EUR", "reported"), (p.FundingEur, p.FundingCurrency, p.FundingBasis)));
        Assert.Equal(expected.Count("without_start_date"), projects.Count(p => p.StartDate is null));
        Assert.Equal(expected.Count("with_abstract"), projects.Count(p => p.Abstract is not null));
        Assert.All(projects, p => Assert.Null(p.EndDate));
        // Every coordinator is in France (none "Etranger"), so every project leads from FR.
        Assert.All(projects, p => Assert.Equal("FR", p.LeadCountry));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_111_projects_at_zero_are_stored_as_funding_not_stated_with_their_note(string store)
    {
        var expected = await AnrExpected.OfAsync(Real, Ct);
        Assert.Equal(111L, expected.Count("zero_amount"));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Connector, Real, Ct);

        var projects = await warehouse.GetProjectsAsync("anr", Ct);
        var unfunded = projects.Where(p => p.FundingAmount is null).ToList();
        Assert.Equal(expected.Count("zero_amount"), unfunded.Count);
        Assert.All(unfunded, p => Assert.Equal(((decimal?)null, (string?)null, (string?)null), (p.FundingEur, p.FundingCurrency, p.FundingBasis)));
        Assert.DoesNotContain(projects, p => p.FundingAmount == 0);
        // One note each (project subjects are only these notes for ANR).
        Assert.Equal(expected.Count("zero_amount"), (await warehouse.GetTotalsAsync(Ct)).Single(t => t.Source == "anr").Subjects);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task RHUS_holds_56_projects_and_295_million_euros(string store)
    {
        var expected = await AnrExpected.OfAsync(Real, Ct);
        Assert.Equal((56L, 17L, 295_449_872.73m), (expected.Count("rhus"), expected.Count("rhus_zero_amount"), expected.Eur("rhus_eur")));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Connector, Real, Ct);

        var rhus = (await warehouse.GetProjectsAsync("anr", Ct)).Where(p => p.SourceId.Contains("-RHUS-", StringComparison.Ordinal)).ToList();

        Assert.Equal(expected.Count("rhus"), rhus.Count);
        Assert.Equal(expected.Eur("rhus_eur"), rhus.Sum(p => p.FundingEur ?? 0));
        Assert.Equal(expected.Count("rhus_zero_amount"), rhus.Count(p => p.FundingEur is null));
        var psycare = Assert.Single(rhus, p => p.SourceId == "ANR-18-RHUS-0014");
        Assert.Equal(("PSYCARE", 8_797_878m), (psycare.Acronym, psycare.FundingEur));
        var participants = await warehouse.GetParticipationsAsync("anr", "ANR-18-RHUS-0014", Ct);
        Assert.Equal(12, participants.Count);
        Assert.Single(participants, p => p.Role == "coordinator");
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_second_harvest_of_the_same_files_changes_nothing(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Connector, Real, Ct);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);

        var second = await Harvests.RunAsync(warehouse, Connector, Real, Ct);

        Assert.Equal((1379L, 0L, 0L, 1379L), (second.Projects, second.ProjectsInserted, second.ProjectsUpdated, second.ProjectsUnchanged));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
        Assert.True(Assert.Single(await warehouse.GetReconciliationAsync(null, second.RunId, Ct)).Reconciles);
    }

    [Fact]
    public void The_bundled_sample_is_the_real_export_byte_for_byte()
    {
        foreach (var file in new[] { ProjectsFile, PartnersFile })
            Assert.Equal(File.ReadAllBytes(Path.Combine(Real, file)), File.ReadAllBytes(TestPaths.Repo(Path.Combine("data", "samples", "anr-france-pia", file))));
    }
}
