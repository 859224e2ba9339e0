using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Tests.Sources.Cordis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

public sealed class QuarantineInWarehouseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Bad_rows_are_quarantined_with_file_line_field_and_reason_and_the_run_goes_on(string store)
    {
        // Three copies of a real row, two broken: one ends before it starts, one has a negative total cost.
        var episode = CordisFixtures.EpisodeFields();
        var rows = new List<string>
        {
            CordisFixtures.With(episode, "id", "900000001"),
            CordisFixtures.With(CordisFixtures.With(episode, "id", "900000002").Split(';'), "endDate", "2020-01-01"),
            CordisFixtures.With(CordisFixtures.With(episode, "id", "900000003").Split(';'), "totalCost", "-5,5"),
        };
        var path = CordisFixtures.WriteProjectFile(TestPaths.NewTempDirectory(), rows);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new CordisConnector(), path, Ct);

        Assert.Equal((1L, 2L), (summary.Projects, summary.Quarantined));
        Assert.Equal(["900000001"], (await warehouse.GetProjectsAsync("cordis", Ct)).Select(p => p.SourceId));
        // Stored by its name relative to what the harvest was given: the file itself, so its file name.
        var file = Path.GetFileName(path);
        var quarantined = await warehouse.GetQuarantineAsync("cordis", Ct);
        Assert.Equal(
            [(file, 3L, "endDate", "900000002"), (file, 4L, "totalCost", "900000003")],
            quarantined.Select(q => (q.File!, q.Line!.Value, q.Field!, q.SourceId!)));
        Assert.StartsWith("end 2020-01-01 is before start", quarantined[0].Reason);
        Assert.Equal("'-5,5' is negative", quarantined[1].Reason);
        Assert.Equal(2, Assert.Single(await warehouse.GetSourceStatusAsync(Ct)).Quarantined);
    }
}
