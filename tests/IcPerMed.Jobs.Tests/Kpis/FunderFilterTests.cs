using IcPerMed.Jobs.Tests.Cli;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// --funder names a funder the warehouse holds: an unknown id is a usage mistake naming it and the known ids (issue 19),
/// not an empty answer that reads as "no projects"; an id in another case is the stored one.
/// </summary>
public sealed class FunderFilterTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("kpis --live")]
    [InlineData("kpis behind pm-projects-per-year 2024 --live")]
    [InlineData("gaps --live")]
    [InlineData("trends --live")]
    [InlineData("export projects")]
    [InlineData("export kpi all --live")]
    [InlineData("programmes")]
    public async Task An_unknown_funder_exits_2_naming_it_and_the_known_ones(string command)
    {
        var run = await IcPerMedProcess.RunAsync(Ct, [.. command.Split(' '), "--funder", "EC,NOPE", "--db", demo.Db]);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("--funder 'NOPE' is not a funder this warehouse holds (its funder ids: ", run.Error);
        // CORDIS projects are the EC's, RePORTER's the NIH's: both samples are in the demo.
        Assert.Contains(" EC,", run.Error);
        Assert.Contains(" NIH,", run.Error);
    }

    [Fact]
    public async Task A_funder_in_lower_case_is_the_stored_one()
    {
        var lower = await IcPerMedProcess.RunAsync(Ct, "kpis", "--live", "--quarter", "2026Q3", "--format", "json", "--funder", "ec", "--db", demo.Db);
        var upper = await IcPerMedProcess.RunAsync(Ct, "kpis", "--live", "--quarter", "2026Q3", "--format", "json", "--funder", "EC", "--db", demo.Db);

        Assert.True(lower.ExitCode == 0, lower.Error);
        Assert.Contains("\"filter\":\"funder=EC\"", lower.Output);
        Assert.Equal(upper.Output, lower.Output);
    }
}
