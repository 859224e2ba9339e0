using IcPerMed.Jobs.Tests.Kpis;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary><c>icpermed show</c> says where a record was read as a person can follow it, and links to its page at the source (issue 19, point 6).</summary>
public sealed class ShowCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demo_record_is_read_from_the_sample_under_data_and_links_to_its_cordis_page()
    {
        var show = await IcPerMedProcess.RunAsync(Ct, "show", "cordis", "101136812", "--db", demo.Db);

        Assert.True(show.ExitCode == 0, show.Error);
        // PREMIO COLLAB is on line 362 of data/samples/cordis/project.csv.gz (python3's csv reader, counting the header as 1).
        Assert.Contains("samples/cordis: project.csv.gz line 362", show.Output, StringComparison.Ordinal);
        Assert.Contains("https://cordis.europa.eu/project/id/101136812", show.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/", show.Output, StringComparison.Ordinal);
    }
}
