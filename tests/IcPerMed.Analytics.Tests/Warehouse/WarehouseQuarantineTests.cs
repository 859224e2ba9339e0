using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Status;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

public sealed class WarehouseQuarantineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Duplicate_project_id_keeps_the_first_record_and_quarantines_the_rest(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using var session = await warehouse.BeginHarvestAsync("test", "memory", Ct);
        await session.AddProjectAsync(Records.Project("7", "First", line: 5), Ct);
        await session.AddProjectAsync(Records.Project("7", "Second", line: 9), Ct);
        var summary = await session.CommitAsync(Ct);

        Assert.Equal((1L, 1L), (summary.Projects, summary.Quarantined));
        Assert.Equal("First", (await WarehouseRows.ProjectsAsync(warehouse, Ct))["7"].Title);
        var entry = Assert.Single(await warehouse.GetQuarantineAsync("test", Ct));
        Assert.Equal(("project.csv", 9L, "id", "7"), (entry.File, entry.Line, entry.Field, entry.SourceId));
        Assert.Equal("duplicate project id 7: the record at line 5 was kept", entry.Reason);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Connector_quarantine_and_orphan_participations_are_stored_and_counted(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using var session = await warehouse.BeginHarvestAsync("test", "memory", Ct);
        var oslo = Records.Organisation("Universitetet i Oslo", "NO");
        await session.AddProjectAsync(Records.Project("1"), Ct);
        await session.AddOrganisationAsync(oslo, Ct);
        await session.AddParticipationAsync(Records.Participation("404", oslo, "participant", 10m, line: 12), Ct);
        await session.QuarantineAsync(new QuarantinedRecord("test", new RecordOrigin("project.csv", 3), "endDate",
            "end date 2020-01-01 is before start date 2024-01-01", "2", "2;...;2020-01-01"), Ct);
        var summary = await session.CommitAsync(Ct);

        Assert.Equal((1L, 0L, 2L), (summary.Projects, summary.Participations, summary.Quarantined));
        var entries = (await warehouse.GetQuarantineAsync("test", Ct)).OrderBy(e => e.Line).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("endDate", 3L), (entries[0].Field, entries[0].Line));
        Assert.Equal(("projectID", 12L, "participation in unknown project 404"), (entries[1].Field, entries[1].Line, entries[1].Reason));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal(2, status.Quarantined);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_failed_harvest_changes_nothing_stored_and_is_recorded_as_failed(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using (var first = await warehouse.BeginHarvestAsync("test", "memory", Ct))
        {
            await Records.WriteTwoProjectsAsync(first, Ct);
            await first.CommitAsync(Ct);
        }
        var before = await WarehouseRows.ProjectsAsync(warehouse, Ct);
        var totalsBefore = await warehouse.GetTotalsAsync(Ct);

        await using (var failing = await warehouse.BeginHarvestAsync("test", "broken.zip", Ct))
        {
            await Records.WriteTwoProjectsAsync(failing, Ct, title1: "Half-written");
            await failing.AddProjectAsync(Records.Project("3"), Ct);
            await failing.FailAsync("broken.zip: truncated zip", Ct);
        }
        // Abandoned without commit or fail (a crash): also changes nothing.
        await using (var abandoned = await warehouse.BeginHarvestAsync("test", "memory", Ct))
            await abandoned.AddProjectAsync(Records.Project("4"), Ct);

        Assert.Equal(before, await WarehouseRows.ProjectsAsync(warehouse, Ct));
        Assert.Equal(totalsBefore, await warehouse.GetTotalsAsync(Ct));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal("failed", status.LastRun!.Status);
        Assert.Equal("the harvest was abandoned before it was committed", status.LastRun.Error);
        Assert.Equal("succeeded", status.LastSuccessfulRun!.Status);
        Assert.Equal((2L, 2L, 3L), (status.Projects, status.Organisations, status.Participations));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Records_of_another_source_are_refused(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using var session = await warehouse.BeginHarvestAsync("cordis", "memory", Ct);
        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await session.AddProjectAsync(Records.Project("1"), Ct));
        Assert.Contains("source 'test' was written to a 'cordis' harvest", error.Message);
    }
}
