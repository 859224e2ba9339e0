using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Jobs.Tests.Kpis;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// <c>icpermed demo</c> as a user starts it: no <c>--db</c>, in an empty folder. The run is the one
/// <see cref="DemoWarehouseFixture"/> makes for every test that reads the demo warehouse (a demo costs a minute of both cores).
/// </summary>
public sealed class DemoCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_harvests_the_bundled_sample_into_the_default_duckdb_file()
    {
        var result = demo.DemoRun;
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("cordis", result.Output);
        Assert.Contains("1,022", result.Output);
        Assert.Contains("1,957", result.Output);
        Assert.Contains("1,379", result.Output);
        Assert.Contains("icpermed.duckdb", result.Output);
        // Every bundled source, with its projects, PM projects and money: cordis 1,022, nfr 1,957, gtr 13 (of 18 files),
        // 360giving 379, nih 499 (of the recorded response's 499 results) programmes 0 (its sample lists programmes only),
        // nhmrc 1,132 (of 1,135 rows), snsf 2,906 and anr 1,379.
        foreach (var source in new[] { "360giving", "anr", "cordis", "gtr", "nfr", "nhmrc", "nih", "programmes", "snsf" })
            Assert.Matches($@"│ {source} +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│", result.Output);
        Assert.Contains("Sources: projects and money (EUR)", result.Output);
        Assert.Contains("9 sources, 9,287 records", result.Output);
        Assert.Matches(@"Classified 9,287 projects with model pm-\d{14}-[0-9a-f]{8}: [\d,]+ personalised medicine", result.Output);
        // It ends with the snapshot of the last completed quarter and its headline KPIs.
        Assert.Matches(@"\d{4}Q[1-4] \(snapshot 2 of \d{4}-\d\d-\d\d\): PM funding EUR [\d,]+\.\d\d in [\d,]+ projects \([\d,]+ of [\d,]+ PM projects \([\d.]+ %\) ha(s|ve) no amount\)", result.Output);
        Assert.Matches(@"Gaps: \d+ countries x 5 challenges: \d+ judged, \d+ too few to judge \(under 3 PM projects\); \d+ empty cells, \d+ flagged", result.Output);

        // The records it printed are in the default file, read back through the warehouse (the class's own copy).
        await using var warehouse = await Warehouse.OpenAsync(demo.Db, TimeProvider.System, Ct);
        Assert.Equal(9287, (await warehouse.GetTotalsAsync(Ct)).Sum(t => t.Projects));
        Assert.True(File.Exists(demo.DemoDb), $"no warehouse at {demo.DemoDb}");
    }
}
