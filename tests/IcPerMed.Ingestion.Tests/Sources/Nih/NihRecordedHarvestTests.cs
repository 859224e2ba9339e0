using IcPerMed.Ingestion.Sources.Nih;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>The recorded v1 response read into both stores.</summary>
public sealed class NihRecordedHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_v1_recording_lands_one_project_per_project_number(string store)
    {
        var rows = NihFixtures.V1Envelope()["results"]!.AsArray();
        var distinct = rows.Select(r => (string)r!["project_num"]!).Distinct(StringComparer.Ordinal).Count();
        var organisations = rows.Select(r => (string)r!["org_name"]!).Distinct(StringComparer.Ordinal).Count();
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new NihReporterConnector(), NihFixtures.V1Response, Ct);

        // Every project is stored; the USD of the 218 awards older than the ECB's first USD rate is quarantined beside it.
        Assert.Equal((distinct, distinct, (long)NihFixtures.AwardsBeforeEcbUsd(rows)), (summary.Projects, summary.ProjectsInserted, summary.Quarantined));
        Assert.Equal((499, 218), (distinct, NihFixtures.AwardsBeforeEcbUsd(rows)));
        Assert.Equal((organisations, distinct), (summary.Organisations, summary.Participations));
        var stored = await warehouse.GetProjectsAsync("nih", Ct);
        Assert.Equal(distinct, stored.Count);
        // No funding where RePORTER gives no award, or where the award predates the ECB's first USD rate (1999-01-04).
        var withoutFunding = rows.Count(r => r!["award_amount"] is null
            || string.CompareOrdinal((string?)r["award_notice_date"] ?? (string?)r["project_start_date"], "1999-01-04") < 0);
        Assert.Equal(withoutFunding, stored.Count(p => p.FundingAmount is null));
    }

    [Fact]
    public async Task A_folder_of_responses_is_read_file_by_file_and_the_same_project_twice_is_stored_once()
    {
        var folder = TestPaths.NewTempDirectory();
        File.Copy(NihFixtures.V1Response, Path.Combine(folder, "a.json.gz"));
        File.Copy(NihFixtures.V1Response, Path.Combine(folder, "b.json.gz"));
        File.WriteAllText(Path.Combine(folder, "c.json"), NihFixtures.V2RecordAsResponse());
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var summary = await Harvests.RunAsync(warehouse, new NihReporterConnector(), folder, Ct);

        Assert.Equal(500, summary.Projects);
    }

    [Fact]
    public async Task A_file_without_the_envelope_is_rejected_naming_the_file()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "bare.json");
        File.Copy(NihFixtures.V2Record, path);

        var error = await Assert.ThrowsAsync<IcPerMed.Ingestion.Harvesting.SourceFormatException>(() => NihRead.FileAsync(path));

        Assert.Equal((path, "not a RePORTER envelope: no meta.total"), (error.File, error.Problem));
    }
}
