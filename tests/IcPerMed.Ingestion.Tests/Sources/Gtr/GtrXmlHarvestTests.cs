using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>The folder of real v1 XML (two downloads of overlapping projects) into a real warehouse on both stores.</summary>
public sealed class GtrXmlHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_two_downloads_land_as_one_project_each_with_the_newer_values(string store)
    {
        var files = Directory.EnumerateFiles(GtrFixtures.XmlFolder, "*", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length > 0).ToList();
        var distinct = files.Select(Path.GetFileName).Distinct().Count();
        var olderCopies = files.Where(f => f.Contains("2017-10", StringComparison.Ordinal)).ToList();
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new GtrConnector(), GtrFixtures.XmlFolder, Ct);

        Assert.Equal((13, 4), (distinct, olderCopies.Count));
        Assert.Equal(distinct + olderCopies.Count, files.Count);
        Assert.Equal((distinct, (long)distinct), (summary.Projects, summary.ProjectsInserted));
        // The empty file, G7708609's 1979 fund that no ECB rate covers, and each older download of a project that the
        // 2018-04 snapshot holds too: not stored, but accounted for, naming the copy that is.
        Assert.Equal(2 + olderCopies.Count, summary.Quarantined);
        var quarantine = await warehouse.GetQuarantineAsync("gtr", Ct);
        Assert.Equal([null, "fund.valuePounds", "id", "id", "id", "id"], quarantine.Select(q => q.Field).Order());
        Assert.Equal(olderCopies.Select(Path.GetFileName).Order(), quarantine.Where(q => q.Field == "id").Select(q => q.SourceId).Order());
        Assert.All(quarantine.Where(q => q.Field == "id"), q =>
        {
            Assert.Contains("2017-10", q.File, StringComparison.Ordinal);
            Assert.Equal($"an older download of project {q.SourceId}: the newer copy 2018-04/{q.SourceId} is stored instead", q.Reason);
        });
        // MR/M016501/1's fund end moved from 2018-06-26 (2017-10 download) to 2018-08-15 (2018-04): the newer wins.
        var dMagic = await warehouse.GetProjectAsync("gtr", GtrFixtures.DMagic, Ct);
        Assert.Equal(new DateOnly(2018, 8, 15), dMagic!.EndDate);
        Assert.Contains("2018-04", dMagic.SourceFile, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Reading_the_folder_again_changes_nothing(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new GtrConnector(), GtrFixtures.XmlFolder, Ct);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);

        var again = await Harvests.RunAsync(warehouse, new GtrConnector(), GtrFixtures.XmlFolder, Ct);

        Assert.Equal((13L, 0L, 0L, 13L), (again.Projects, again.ProjectsInserted, again.ProjectsUpdated, again.ProjectsUnchanged));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
    }
}
