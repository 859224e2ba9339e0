using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>
/// GtR and 360Giving records of one grant are linked by the UKRI grant reference both name, with the reference as the
/// evidence; where no reference is shared, nothing is linked.
/// </summary>
public sealed class GtrGivingLinkTests
{
    // DMagic's GtR grant reference, as its 2018-04 XML file states it (<ns2:identifier type="RCUK">MR/M016501/1).
    private const string DMagicReference = "MR/M016501/1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_360Giving_grant_naming_a_UKRI_reference_is_linked_to_the_GtR_project_with_the_reference_as_evidence(string store)
    {
        // The bundled real files share no reference (52 distinct GtR references, none in any 360Giving file: checked
        // with a grep over shared/data), so the 360Giving row is the real Wellcome file's first grant with its title
        // naming DMagic's reference, as a co-funded award's record does.
        var lines = await File.ReadAllLinesAsync(GivingFiles.WellcomeCsv, Ct);
        var folder = TestPaths.NewTempDirectory();
        var file = Path.Combine(folder, "wellcome-cofunded.csv");
        await File.WriteAllLinesAsync(file, [lines[0], lines[1].Replace("Silent Signal.", $"Silent Signal (co-funded with MRC grant {DMagicReference}).", StringComparison.Ordinal)], Ct);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        await Harvests.RunAsync(warehouse, new GtrConnector(), GtrFixtures.XmlFolder, Ct);
        await Harvests.RunAsync(warehouse, new ThreeSixtyGivingConnector(), file, Ct);

        var linked = await warehouse.GetLinkedRecordsAsync("gtr", GtrFixtures.DMagic, Ct);
        Assert.Equal([("gtr", GtrFixtures.DMagic, true), ("360giving", "360G-wellcometrust-105177/Z/14/Z", false)],
            linked.Select(l => (l.Source, l.SourceId, l.IsPrimary)));
        Assert.All(linked, l =>
        {
            Assert.Equal("ukri-grant", l.Method);
            Assert.Equal($"UKRI grant reference {DMagicReference} in gtr {GtrFixtures.DMagic} and 360giving 360G-wellcometrust-105177/Z/14/Z", l.Evidence);
        });
        // Different funders (MRC, the Wellcome Trust): each one's money counts.
        Assert.All(linked, l => Assert.True(l.FundingCounted));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_real_GtR_and_360Giving_files_share_no_reference_so_nothing_is_linked(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        await Harvests.RunAsync(warehouse, new GtrConnector(), GtrFixtures.XmlFolder, Ct);
        foreach (var file in new[] { GivingFiles.Wolfson, GivingFiles.WellcomeCsv, GivingFiles.Indigo })
            await Harvests.RunAsync(warehouse, new ThreeSixtyGivingConnector(), file, Ct);

        Assert.Empty(await warehouse.GetAllLinkedRecordsAsync(Ct));
    }
}
