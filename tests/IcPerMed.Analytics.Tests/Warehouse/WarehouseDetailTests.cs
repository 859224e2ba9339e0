using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Tests.Explore;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>What the Project and Sources pages read: a project's participants, the harvest runs, the quarantine page by page.</summary>
public sealed class WarehouseDetailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_project_lists_its_participants_in_order_with_their_contributions(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        var p1 = await warehouse.GetParticipationsAsync("test", "P1", Ct);

        Assert.Equal(
        [
            new(1, "coordinator", "P1-org0", "Organisation P1-org0", null, null, null, "DE", 200_000m, "EUR", 200_000m),
            new Analytics.Warehouse.ProjectParticipation(2, "participant", "P1-org1", "Organisation P1-org1", null, null, null, "FR", 100_000m, "EUR", 100_000m),
        ], p1);
        var p4 = await warehouse.GetParticipationsAsync("test", "P4", Ct);
        Assert.Equal([("FR", (decimal?)null), ("IT", null)], p4.Select(x => (x.Country, x.ContributionEur)));
        Assert.Empty(await warehouse.GetParticipationsAsync("test", "P3", Ct));
        Assert.Empty(await warehouse.GetParticipationsAsync("other", "P1", Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Harvest_runs_are_listed_newest_first_with_what_each_recorded(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);
        await using (var failing = await warehouse.BeginHarvestAsync("test", "broken.zip", Ct))
            await failing.FailAsync("broken.zip: truncated zip", Ct);

        var runs = await warehouse.GetHarvestRunsAsync(null, 10, Ct);

        Assert.Equal([(3L, "test", "failed"), (2L, "other", "succeeded"), (1L, "test", "succeeded")], runs.Select(r => (r.Id, r.Source, r.Status)));
        Assert.Equal(("broken.zip: truncated zip", (long?)null, (long?)null), (runs[0].Error, runs[0].ProjectsRead, runs[0].Quarantined));
        Assert.NotNull(runs[0].FinishedAt);
        // Run 1: KpiFixture's six projects, seven organisations, seven participations; run 2: X1 and X2, Radboudumc, one participation.
        Assert.Equal(((long?)6, (long?)6, (long?)0, (long?)0, (long?)7, (long?)7, (long?)0),
            (runs[2].ProjectsRead, runs[2].ProjectsInserted, runs[2].ProjectsUpdated, runs[2].ProjectsUnchanged, runs[2].OrganisationsRead,
             runs[2].ParticipationsRead, runs[2].Quarantined));
        Assert.Equal(((long?)2, (long?)2, (long?)1, (long?)1), (runs[1].ProjectsRead, runs[1].ProjectsInserted, runs[1].OrganisationsRead, runs[1].ParticipationsRead));
        Assert.Equal(("other", "memory", (string?)null), (runs[1].Source, runs[1].Origin, runs[1].Error));
        Assert.Equal([3L, 1L], (await warehouse.GetHarvestRunsAsync("test", 10, Ct)).Select(r => r.Id));
        Assert.Equal([3L], (await warehouse.GetHarvestRunsAsync(null, 1, Ct)).Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_quarantine_pages_newest_run_first_then_by_file_and_line(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await QuarantineAsync(warehouse, "test", 5);
        await QuarantineAsync(warehouse, "test", 5);
        await QuarantineAsync(warehouse, "other", 2);

        var first = await warehouse.GetQuarantinePageAsync(null, 3, 0, Ct);
        var second = await warehouse.GetQuarantinePageAsync(null, 3, 3, Ct);
        var test = await warehouse.GetQuarantinePageAsync("test", 2, 4, Ct);

        // Only each source's last successful run counts: run 2 replaced run 1's quarantine of "test".
        Assert.Equal((7L, 7L, 5L), (first.Total, second.Total, test.Total));
        Assert.Equal([(3L, 1L), (3L, 2L), (2L, 1L)], first.Items.Select(q => (q.HarvestRunId, q.Line!.Value)));
        Assert.Equal([(2L, 2L), (2L, 3L), (2L, 4L)], second.Items.Select(q => (q.HarvestRunId, q.Line!.Value)));
        Assert.Equal([(2L, 5L)], test.Items.Select(q => (q.HarvestRunId, q.Line!.Value)));
        Assert.Equal(("endDate", "reason 5"), (test.Items[0].Field, test.Items[0].Reason));
        Assert.Empty((await warehouse.GetQuarantinePageAsync("nobody", 10, 0, Ct)).Items);
    }

    private static async Task QuarantineAsync(Analytics.Warehouse.Warehouse warehouse, string source, int records)
    {
        await using var session = await warehouse.BeginHarvestAsync(source, "memory", Ct);
        // Added last line first: the page orders by line, not by arrival.
        for (var line = records; line >= 1; line--)
            await session.QuarantineAsync(new QuarantinedRecord(source, new RecordOrigin("project.csv", line), "endDate", $"reason {line}", $"{line}", "raw"), Ct);
        await session.CommitAsync(Ct);
    }
}
