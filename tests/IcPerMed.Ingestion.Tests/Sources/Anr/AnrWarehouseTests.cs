using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Anr.AnrFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>The fixtures and their broken copies through the warehouse, on both stores.</summary>
public sealed class AnrWarehouseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_duplicate_code_keeps_the_first_row_and_quarantines_the_second_with_its_money(string store)
    {
        // Row 477 (ANR-16-RHUS-0002, EUR 2,832,180.73) given row 303's code: its 3 partners become orphans.
        var folder = Edit(projects: SetCell("A477", "ANR-18-RHUS-0013"));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, folder, Ct);

        Assert.Equal((5L, 4L), (summary.Projects, summary.Quarantined));
        var duplicate = (await warehouse.GetQuarantineAsync("anr", Ct)).Single(q => q.Field == "id");
        Assert.Equal((ProjectsFile + "!Sheet1", 477L, "duplicate project id ANR-18-RHUS-0013: the record at line 303 was kept"),
            (Path.GetFileName(duplicate.File), duplicate.Line, duplicate.Reason));
        Assert.Equal(5_719_814m, (await warehouse.GetProjectAsync("anr", "ANR-18-RHUS-0013", Ct))!.FundingEur);
        var run = Assert.Single(await warehouse.GetReconciliationAsync("anr", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var stated = run.Lines.Single(l => l.Item == ReconciliationItem.StatedFunding);
        // The fixtures' 4 amounts (script: EUR 32,707,992.54), the duplicate's EUR 2,832,180.73 read and quarantined.
        Assert.Equal((4L, 3L, 1L, 32_707_992.54m, 29_875_811.81m, 2_832_180.73m),
            (stated.Read, stated.Stored, stated.Quarantined, stated.ReadAmount!.Value, stated.StoredAmount!.Value, stated.QuarantinedAmount!.Value));
        Assert.Equal([(6L, 5L, 1L), (11L, 8L, 3L)],
            run.Lines.Where(l => l.Item == ReconciliationItem.Rows).OrderBy(l => l.Read).Select(l => (l.Read, l.Stored, l.Quarantined)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Quarantined_rows_are_stored_with_file_row_field_and_reason_and_counted_by_status(string store)
    {
        var folder = Edit(projects: SetCell("H933", "n/a"), partners: SetCell("E1335", "oui"));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        await Harvests.RunAsync(warehouse, Connector, folder, Ct);

        Assert.Equal(
        [
            (PartnersFile + "!Sheet1", 1335L, "Projet.Partenaire.Est_coordinateur", "'oui' is not a coordinator flag (1 or 0)"),
            (PartnersFile + "!Sheet1", 6031L, "Projet.Code_Decision_ANR", "its project ANR-10-INBS-0006 (row 933 of the projects file) was quarantined"),
            (ProjectsFile + "!Sheet1", 933L, "Projet.Aide_allouee", "'n/a' is not an amount (the file writes EUR with a decimal point)"),
        ], (await warehouse.GetQuarantineAsync("anr", Ct)).Select(q => (Path.GetFileName(q.File)!, q.Line!.Value, q.Field, q.Reason)).Order());
        var status = (await warehouse.GetSourceStatusAsync(Ct)).Single(s => s.Source == "anr");
        Assert.Equal((5L, 3L), (status.Projects, status.Quarantined));
        var run = Assert.Single(await warehouse.GetReconciliationAsync("anr", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        Assert.Equal([(6L, 5L, 1L), (11L, 9L, 2L)],
            run.Lines.Where(l => l.Item == ReconciliationItem.Rows).OrderBy(l => l.Read).Select(l => (l.Read, l.Stored, l.Quarantined)));
        Assert.Contains(run.Quarantine, r => r.Field == "Projet.Aide_allouee");
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_projects_file_harvested_alone_keeps_the_partners_and_lead_country_stored_before(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Connector, Fixtures, Ct);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);
        var participantsBefore = await warehouse.GetParticipationsAsync("anr", "ANR-18-RHUS-0013", Ct);

        var alone = await Harvests.RunAsync(warehouse, Connector, Path.Combine(Fixtures, ProjectsFile), Ct);

        Assert.Equal((6L, 0L, 6L, 0L, 0L), (alone.Projects, alone.ProjectsUpdated, alone.ProjectsUnchanged, alone.Participations, alone.Quarantined));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
        Assert.Equal(participantsBefore, await warehouse.GetParticipationsAsync("anr", "ANR-18-RHUS-0013", Ct));
        Assert.All(await warehouse.GetProjectsAsync("anr", Ct), p => Assert.Equal("FR", p.LeadCountry));
        Assert.Equal(11, (await warehouse.GetTotalsAsync(Ct)).Single(t => t.Source == "anr").Participations);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task An_unknown_partner_shows_as_a_participation_without_a_name(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Connector, Fixtures, Ct);

        var partner = Assert.Single(await warehouse.GetParticipationsAsync("anr", "ANR-22-PETQ-0010", Ct));

        Assert.Equal((1, "coordinator", (string?)null, (string?)null, "FR", (decimal?)null),
            (partner.Position, partner.Role, partner.OrganisationName, partner.City, partner.Country, partner.ContributionEur));
        Assert.Equal("FR", (await warehouse.GetProjectAsync("anr", "ANR-22-PETQ-0010", Ct))!.LeadCountry);
    }
}
