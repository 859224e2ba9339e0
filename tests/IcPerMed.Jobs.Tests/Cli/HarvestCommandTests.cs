using System.Text.Json.Nodes;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>The icpermed program end to end on the bundled sample and on bad input, on both stores.</summary>
public sealed class HarvestCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Harvest_and_status_print_the_same_per_source_summary_as_json(string store)
    {
        var db = await TestStores.NewLocationAsync(store, Ct);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "cordis");

        var harvest = await IcPerMedProcess.RunAsync(Ct, "harvest", "cordis", "--from", sample, "--db", db, "--format", "json");
        var status = await IcPerMedProcess.RunAsync(Ct, "status", "--db", db, "--format", "json");

        Assert.True(harvest.ExitCode == 0, harvest.Error);
        var harvested = JsonNode.Parse(harvest.Output)!["cordis"]!;
        var stored = JsonNode.Parse(status.Output)!["cordis"]!;
        Assert.Equal(1022, (long)harvested["projects"]!);
        Assert.Equal(1022, (long)harvested["run"]!["inserted"]!);
        Assert.Equal(11734, (long)harvested["participations"]!);
        Assert.Equal(0, (long)harvested["quarantined"]!);
        Assert.Equal("succeeded", (string)harvested["last_run"]!["status"]!);
        foreach (var key in new[] { "projects", "organisations", "quarantined" })
            Assert.Equal((long)harvested[key]!, (long)stored[key]!);
        Assert.Equal((long)harvested["last_run"]!["id"]!, (long)stored["last_run"]!["id"]!);
        // Logs are JSON lines on standard error, never mixed into the JSON on standard output.
        Assert.All(harvest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonNode.Parse(line));
    }

    [Fact]
    public async Task Harvest_gtr_reads_the_bundled_GtR_XML_with_the_shared_summary()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "ukri-gtr", "gtrapi-v1-project-xml");

        var harvest = await IcPerMedProcess.RunAsync(Ct, "harvest", "gtr", "--from", sample, "--db", db, "--format", "json");

        Assert.True(harvest.ExitCode == 0, harvest.Error);
        var gtr = JsonNode.Parse(harvest.Output)!["gtr"]!;
        // 13 projects in 18 files: the empty file, the 4 older downloads (2017-10) of projects also in 2018-04, and
        // G7708609's 1979 fund (no ECB rate) are quarantined.
        Assert.Equal((13L, 13L, 6L), ((long)gtr["projects"]!, (long)gtr["run"]!["inserted"]!, (long)gtr["quarantined"]!));
    }

    [Fact]
    public async Task Harvest_gtr_refuses_a_page_size_GtR_does_not_serve()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "harvest", "gtr", "--page-size", "500");

        // A usage mistake: exit code 2 (the parser's own code was 1 until issue 19).
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--page-size must be between 1 and 100", result.Error + result.Output);
    }

    [Fact]
    public async Task A_bad_file_exits_3_with_the_file_and_the_problem_and_changes_nothing()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "cordis");
        Assert.Equal(0, (await IcPerMedProcess.RunAsync(Ct, "harvest", "cordis", "--from", sample, "--db", db)).ExitCode);
        var before = (await IcPerMedProcess.RunAsync(Ct, "status", "--db", db, "--format", "json")).Output;
        var html = Path.Combine(TestPaths.NewTempDirectory(), "project.csv");
        await File.WriteAllTextAsync(html, "<!DOCTYPE html><html><body>CORDIS is under maintenance</body></html>", Ct);

        var failed = await IcPerMedProcess.RunAsync(Ct, "harvest", "cordis", "--from", html, "--db", db);

        Assert.Equal(3, failed.ExitCode);
        Assert.Contains("project.csv", failed.Error);
        Assert.Contains("nothing stored was changed", failed.Error);
        var after = JsonNode.Parse((await IcPerMedProcess.RunAsync(Ct, "status", "--db", db, "--format", "json")).Output)!["cordis"]!;
        var previous = JsonNode.Parse(before)!["cordis"]!;
        Assert.Equal((long)previous["projects"]!, (long)after["projects"]!);
        Assert.Equal("failed", (string)after["last_run"]!["status"]!);
        Assert.Equal((long)previous["last_run"]!["id"]!, (long)after["last_successful_run"]!["id"]!);
    }
}
