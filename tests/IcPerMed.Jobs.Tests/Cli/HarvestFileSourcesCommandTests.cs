using System.Text.Json.Nodes;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary><c>harvest 360giving</c> and <c>harvest programmes</c> end to end on the bundled samples.</summary>
public sealed class HarvestFileSourcesCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Harvest_360giving_reads_the_bundled_wolfson_grants()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "360giving");

        var harvest = await IcPerMedProcess.RunAsync(Ct, "harvest", "360giving", "--from", sample, "--db", db, "--format", "json");

        Assert.True(harvest.ExitCode == 0, harvest.Error);
        var harvested = JsonNode.Parse(harvest.Output)!["360giving"]!;
        Assert.Equal((379L, 0L), ((long)harvested["projects"]!, (long)harvested["quarantined"]!));
    }

    [Fact]
    public async Task Harvest_programmes_reads_the_bundled_sample_and_help_names_the_template()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "programmes", "programmes.xlsx");

        var harvest = await IcPerMedProcess.RunAsync(Ct, "harvest", "programmes", "--from", sample, "--db", db, "--format", "json");
        var help = await IcPerMedProcess.RunAsync(Ct, "harvest", "programmes", "--help");

        Assert.True(harvest.ExitCode == 0, harvest.Error);
        Assert.Equal("succeeded", (string)JsonNode.Parse(harvest.Output)!["programmes"]!["last_run"]!["status"]!);
        Assert.Contains("data/templates/programme-list.xlsx", help.Output);
        Assert.Contains("docs/programme-list-template.md", help.Output);
    }
}
