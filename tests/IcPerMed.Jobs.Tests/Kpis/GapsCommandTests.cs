using System.Text.Json;
using IcPerMed.Jobs.Tests.Cli;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary><c>icpermed gaps</c> on the classified bundled samples: EUR in every cell, reconciled, and the minimum rule.</summary>
public sealed class GapsCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> RunAsync(params string[] args)
    {
        var result = await IcPerMedProcess.RunAsync(Ct, [.. args, "--db", demo.Db, "--quarter", "2026Q3"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    [Fact]
    public async Task Cells_eur_and_no_challenge_eur_add_up_to_the_pm_funding_the_kpis_report()
    {
        using var gaps = JsonDocument.Parse(await RunAsync("gaps", "--format", "json"));
        using var kpis = JsonDocument.Parse(await RunAsync("kpis", "--live", "--format", "json"));
        var members = gaps.RootElement.GetProperty("gaps").GetProperty("members").EnumerateArray().ToList();
        var cells = gaps.RootElement.GetProperty("gaps").GetProperty("cells").EnumerateArray().ToList();

        // A second route: the PM funding KPI, per start year, summed.
        var pmFunding = kpis.RootElement.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "pm-funding-per-year")
            .GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());
        var inCells = cells.Sum(c => c.GetProperty("funding_apportioned").GetDecimal());
        var withoutChallenge = members.Sum(m => m.GetProperty("funding_without_challenge").GetDecimal());
        Assert.True(inCells > 1_000_000m && withoutChallenge > 0m, $"cells {inCells}, no challenge {withoutChallenge}");
        Assert.Equal(inCells, gaps.RootElement.GetProperty("funding_in_cells").GetDecimal());
        // Every amount is rounded to the cent on its own: allow a cent per cell and per row.
        Assert.InRange(inCells + withoutChallenge - pmFunding, -0.01m * (cells.Count + members.Count), 0.01m * (cells.Count + members.Count));
        Assert.InRange(members.Sum(m => m.GetProperty("funding").GetDecimal()) - pmFunding, -0.01m * members.Count, 0.01m * members.Count);
        foreach (var member in members)
        {
            var code = member.GetProperty("member").GetString();
            var row = cells.Where(c => c.GetProperty("member").GetString() == code).Sum(c => c.GetProperty("funding_apportioned").GetDecimal());
            Assert.InRange(row + member.GetProperty("funding_without_challenge").GetDecimal() - member.GetProperty("funding").GetDecimal(), -0.06m, 0.06m);
        }
    }

    [Fact]
    public async Task Countries_under_the_minimum_are_too_few_to_judge_in_json_table_and_csv()
    {
        using var json = JsonDocument.Parse(await RunAsync("gaps", "--format", "json"));
        var root = json.RootElement;
        var members = root.GetProperty("gaps").GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("member").GetString()!, m => m.GetProperty("projects").GetInt64());
        var tooFew = members.Where(m => m.Value < 3).Select(m => m.Key).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(tooFew);
        Assert.Equal(tooFew, root.GetProperty("too_few_to_judge").GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("member").GetString()).Order(StringComparer.Ordinal));
        var cells = root.GetProperty("gaps").GetProperty("cells").EnumerateArray().ToList();
        Assert.All(cells, c => Assert.Equal(members[c.GetProperty("member").GetString()!] >= 3, c.GetProperty("judged").GetBoolean()));
        var empty = root.GetProperty("empty_cells").EnumerateArray().ToList();
        Assert.DoesNotContain(empty, c => tooFew.Contains(c.GetProperty("member").GetString()!));
        var judgedEmpty = cells.Count(c => c.GetProperty("judged").GetBoolean() && c.GetProperty("projects").GetInt64() == 0);
        Assert.Equal(judgedEmpty, empty.Count);
        var summary = $"{members.Count} countries x 5 challenges: {members.Count - tooFew.Count} judged, {tooFew.Count} too few to judge " +
            $"(under 3 PM projects); {judgedEmpty} empty cells, {root.GetProperty("flagged_cells").GetArrayLength()} flagged";
        Assert.Equal(summary, root.GetProperty("summary").GetString());

        // With no minimum every zero cell is empty again, as before the rule.
        using var all = JsonDocument.Parse(await RunAsync("gaps", "--format", "json", "--min-projects", "0"));
        Assert.Equal(cells.Count(c => c.GetProperty("projects").GetInt64() == 0), all.RootElement.GetProperty("empty_cells").GetArrayLength());

        var table = await RunAsync("gaps");
        Assert.Contains(summary + ".", table, StringComparison.Ordinal);
        // The label may wrap inside its cell ("AL (too few to" / "judge)") when the table is wide.
        Assert.Contains($"{tooFew[0]} (too few to", table, StringComparison.Ordinal);
        var csv = (await RunAsync("gaps", "--format", "csv")).TrimStart('\uFEFF').Split('\n');
        Assert.Equal(["country", "challenge", "projects", "funding_any_match_eur", "funding_apportioned_eur"], csv[0].Split(',')[..5]);
        Assert.Equal("judged", csv[0].Split(',')[^1].Trim());
        Assert.Equal(cells.Count(c => !c.GetProperty("judged").GetBoolean()), csv.Count(l => l.TrimEnd().EndsWith(",False", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_negative_minimum_is_a_usage_error()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "gaps", "--min-projects", "-1", "--db", demo.Db);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--min-projects -1 must be 0 or more", result.Error + result.Output, StringComparison.Ordinal);
    }
}
