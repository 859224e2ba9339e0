using System.Globalization;
using System.Text.Json;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>icpermed report through the real command line on the classified bundled samples.</summary>
public sealed class ReportCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_writes_the_quarter_file_whose_headline_is_the_snapshot_values()
    {
        var folder = TestPaths.NewTempDirectory();

        var report = await IcPerMedProcess.RunAsync(Ct, "report", "--quarter", "2025Q3", "--out", folder, "--db", demo.Db);

        Assert.True(report.ExitCode == 0, report.Error);
        var path = Path.Combine(folder, "icpermed-report-2025Q3.html");
        Assert.Equal(path, report.Output.Trim());
        Assert.Contains("no snapshot of 2025Q3 yet: took snapshot", report.Error, StringComparison.Ordinal);
        Assert.Contains("no snapshot of 2025Q2 to compare with", report.Error, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(path, Ct);
        var kpis = await IcPerMedProcess.RunAsync(Ct, "kpis", "--quarter", "2025Q3", "--db", demo.Db, "--format", "json");
        var root = JsonDocument.Parse(kpis.Output).RootElement;
        Assert.StartsWith("snapshot ", root.GetProperty("origin").GetString(), StringComparison.Ordinal);
        decimal Sum(string id) => root.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id)
            .GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());
        Assert.True(Sum("pm-funding-per-year") > 1_000_000m);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<div class=\"value\">EUR {Sum("pm-funding-per-year"):N0}</div>"), html, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<div class=\"value\">{Sum("active-pm-projects"):N0}</div>"), html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public async Task A_bad_quarter_exits_2_with_the_reason()
    {
        var report = await IcPerMedProcess.RunAsync(Ct, "report", "--quarter", "2025Q5", "--out", TestPaths.NewTempDirectory(), "--db", demo.Db);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("--quarter '2025Q5' is not a quarter", report.Error, StringComparison.Ordinal);
    }
}
