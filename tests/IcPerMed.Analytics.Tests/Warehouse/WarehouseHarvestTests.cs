using IcPerMed.Analytics.Status;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>The warehouse contract, run against both stores with the same assertions.</summary>
public sealed class WarehouseHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Harvest_stores_projects_participations_and_derived_values(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        HarvestSummaryAssert summary;
        await using (var session = await warehouse.BeginHarvestAsync("test", "memory", Ct))
        {
            await Records.WriteTwoProjectsAsync(session, Ct);
            summary = new(await session.CommitAsync(Ct));
        }

        summary.Is(projects: 2, inserted: 2, updated: 0, unchanged: 0, organisations: 2, participations: 3, quarantined: 0);
        var totals = Assert.Single(await warehouse.GetTotalsAsync(Ct));
        Assert.Equal((2, 2, 3), (totals.Projects, totals.Organisations, totals.Participations));
        // Project 1 reports 1,000.00; project 2 reports nothing, so its funding is 600.50 + 400.25.
        Assert.Equal(1000m + 600.50m + 400.25m, totals.FundingEur);
        Assert.Equal(2000.75m, totals.ContributionEur);

        var rows = await WarehouseRows.ProjectsAsync(warehouse, Ct);
        Assert.Equal("NO", rows["2"].LeadCountry);
        Assert.Equal("sum_of_participations", rows["2"].FundingBasis);
        Assert.Equal("SE", rows["1"].LeadCountry);
        Assert.Equal("reported", rows["1"].FundingBasis);
        Assert.Equal("Stratified therapy; \"quoted\"\nsecond line", rows["1"].Abstract);
        Assert.Equal(summary.Value.RunId, rows["1"].HarvestRunId);
        Assert.Equal(Records.Project("1", funding: 1000m).RawHash, rows["1"].RawHash);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Reharvesting_unchanged_records_changes_nothing(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        var first = await HarvestTwoProjectsAsync(warehouse);
        var before = await WarehouseRows.ProjectsAsync(warehouse, Ct);
        var totalsBefore = await warehouse.GetTotalsAsync(Ct);

        var second = await HarvestTwoProjectsAsync(warehouse);

        new HarvestSummaryAssert(second).Is(projects: 2, inserted: 0, updated: 0, unchanged: 2, organisations: 2, participations: 3, quarantined: 0);
        Assert.Equal(totalsBefore, await warehouse.GetTotalsAsync(Ct));
        var after = await WarehouseRows.ProjectsAsync(warehouse, Ct);
        Assert.Equal(before, after);
        Assert.All(after.Values, p => Assert.Equal(first.RunId, p.HarvestRunId));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Changed_record_is_updated_and_a_participation_gone_from_the_source_is_removed(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await HarvestTwoProjectsAsync(warehouse);

        Analytics.Warehouse.Harvest.HarvestSummary second;
        await using (var session = await warehouse.BeginHarvestAsync("test", "memory", Ct))
        {
            var lund = Records.Organisation("Lunds universitet", "SE");
            await session.AddProjectAsync(Records.Project("1", "Renamed", funding: 1000m), Ct);
            await session.AddProjectAsync(Records.Project("2", "Second", line: 3), Ct);
            await session.AddOrganisationAsync(lund, Ct);
            // Oslo's coordinator row is gone from project 2.
            await session.AddParticipationAsync(Records.Participation("2", lund, "participant", 400.25m, order: 2), Ct);
            await session.AddParticipationAsync(Records.Participation("1", lund, "coordinator", 1000m, line: 4), Ct);
            second = await session.CommitAsync(Ct);
        }

        new HarvestSummaryAssert(second).Is(projects: 2, inserted: 0, updated: 2, unchanged: 0, organisations: 1, participations: 2, quarantined: 0);
        var rows = await WarehouseRows.ProjectsAsync(warehouse, Ct);
        Assert.Equal("Renamed", rows["1"].Title);
        Assert.Equal(second.RunId, rows["1"].HarvestRunId);
        Assert.Equal(400.25m, rows["2"].FundingEur);
        Assert.Null(rows["2"].LeadCountry);
        Assert.Equal(2, Assert.Single(await warehouse.GetTotalsAsync(Ct)).Participations);
    }

    private static async Task<Analytics.Warehouse.Harvest.HarvestSummary> HarvestTwoProjectsAsync(Analytics.Warehouse.Warehouse warehouse)
    {
        await using var session = await warehouse.BeginHarvestAsync("test", "memory", Ct);
        await Records.WriteTwoProjectsAsync(session, Ct);
        return await session.CommitAsync(Ct);
    }
}
