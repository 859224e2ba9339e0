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
        var distinct = Directory.EnumerateFiles(GtrFixtures.XmlFolder, "*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length > 0).Select(Path.GetFileName).Distinct().Count();
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new GtrConnector(), GtrFixtures.XmlFolder, Ct);

        Assert.Equal(13, distinct);
        Assert.Equal((distinct, (long)distinct), (summary.Projects, summary.ProjectsInserted));
        // The empty file, and G7708609's 1979 fund that no ECB rate covers.
        Assert.Equal(2, summary.Quarantined);
        var quarantine = await warehouse.GetQuarantineAsync("gtr", Ct);
        Assert.Equal([null, "fund.valuePounds"], quarantine.Select(q => q.Field).Order());
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
