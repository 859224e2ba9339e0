using System.Text.Json;
using IcPerMed.Jobs.Tests.Cli;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>kpis, gaps, trends and snapshot through the real command line on the classified bundled samples.</summary>
public sealed class AnalyticsCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await IcPerMedProcess.RunAsync(Ct, [.. args, "--db", demo.Db, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    private static decimal Sum(JsonElement kpis, string id) =>
        kpis.EnumerateArray().Single(k => k.GetProperty("id").GetString() == id).GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());

    [Fact]
    public async Task Apportioned_totals_add_up_to_total_pm_funding_and_any_match_exceeds_it()
    {
        var kpis = (await JsonAsync("kpis", "--quarter", "2026Q3", "--live")).GetProperty("kpis");

        var total = Sum(kpis, "pm-funding-per-year");
        Assert.True(total > 1_000_000m, $"PM funding {total}");
        Assert.Equal(total, Sum(kpis, "funding-per-challenge-apportioned"));
        Assert.Equal(total, Sum(kpis, "funding-per-country"));
        Assert.True(Sum(kpis, "funding-per-challenge") > total - Sum(kpis, "funding-per-challenge-apportioned") + 0m);
        Assert.Equal(Sum(kpis, "pm-projects-per-year"), Sum(kpis, "projects-per-challenge-apportioned"));
        var counting = kpis.EnumerateArray().ToDictionary(k => k.GetProperty("id").GetString()!, k => k.GetProperty("counting").GetString());
        Assert.Equal(("any-match", "apportioned"), (counting["funding-per-challenge"], counting["funding-per-challenge-apportioned"]));
    }

    [Fact]
    public async Task A_second_snapshot_of_unchanged_data_is_identical_and_kpis_then_read_it()
    {
        var first = await JsonAsync("snapshot", "--quarter", "2025Q4");
        var second = await JsonAsync("snapshot", "--quarter", "2025Q4");

        Assert.Equal(first.GetProperty("content_hash").GetString(), second.GetProperty("content_hash").GetString());
        Assert.Equal(0, second.GetProperty("changes").GetArrayLength());
        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("previous").GetInt64());
        Assert.StartsWith("pm-", second.GetProperty("provenance").GetProperty("model_version").GetString());
        Assert.StartsWith("ECB", second.GetProperty("provenance").GetProperty("exchange_rates").GetString());
        Assert.Equal(["360giving", "anr", "cordis", "gtr", "nfr", "nhmrc", "nih", "programmes", "snsf"], second.GetProperty("provenance").GetProperty("harvests").EnumerateArray().Select(h => h.GetProperty("source").GetString()));
        var kpis = await JsonAsync("kpis", "--quarter", "2025Q4");
        Assert.StartsWith($"snapshot {second.GetProperty("id").GetInt64()} ", kpis.GetProperty("origin").GetString());
        var compare = await IcPerMedProcess.RunAsync(Ct, "snapshot", "compare", "2025Q4", second.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", demo.Db, "--format", "json");
        Assert.True(compare.ExitCode == 0, compare.Error);
        var compared = JsonDocument.Parse(compare.Output).RootElement;
        Assert.Equal(0, compared.GetProperty("movers").GetArrayLength());
        Assert.Contains("PM funding overall did not change", compared.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var detail = await IcPerMedProcess.RunAsync(Ct, "snapshot", "compare", "2025Q4", second.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--detail", "--db", demo.Db, "--format", "json");
        Assert.Equal(0, JsonDocument.Parse(detail.Output).RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task Gaps_list_empty_cells_and_the_test_and_trends_refuse_a_forecast_without_covered_quarters()
    {
        var gaps = await JsonAsync("gaps", "--quarter", "2026Q3");
        Assert.Contains("binomial", gaps.GetProperty("test").GetString(), StringComparison.Ordinal);
        var cells = gaps.GetProperty("gaps").GetProperty("cells").EnumerateArray().ToList();
        var empty = gaps.GetProperty("empty_cells").EnumerateArray().ToList();
        Assert.Equal(cells.Count(c => c.GetProperty("projects").GetInt64() == 0 && c.GetProperty("judged").GetBoolean()), empty.Count);
        Assert.Equal(5 * gaps.GetProperty("gaps").GetProperty("members").GetArrayLength(), cells.Count);

        // The demo's sources stop covering after 2025Q1 (CORDIS) and 2022Q1 (NFR): no forecast, and the reason why.
        var trends = await JsonAsync("trends", "--quarter", "2026Q3");
        Assert.Empty(trends.GetProperty("forecasts").EnumerateArray());
        Assert.StartsWith("not enough covered quarters: 0 of 8 needed", trends.GetProperty("forecast_refusal").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_projects_behind_a_value_are_listed()
    {
        var kpis = (await JsonAsync("kpis", "--quarter", "2026Q3", "--live")).GetProperty("kpis");
        var c3 = kpis.EnumerateArray().Single(k => k.GetProperty("id").GetString() == "projects-per-challenge")
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key")[0].GetString() == "c3");

        var behind = await JsonAsync("kpis", "behind", "projects-per-challenge", "c3", "--quarter", "2026Q3", "--limit", "1000");

        Assert.Equal(c3.GetProperty("projects").GetInt32(), behind.GetArrayLength());
        Assert.All(behind.EnumerateArray(), p => Assert.Contains("c3", p.GetProperty("challenges").EnumerateArray().Select(c => c.GetString())));
    }

    [Fact]
    public async Task The_projects_behind_a_gap_cell_and_a_trend_point_are_listed()
    {
        var gaps = await JsonAsync("gaps", "--quarter", "2026Q3");
        var cell = gaps.GetProperty("gaps").GetProperty("cells").EnumerateArray().First(c => c.GetProperty("projects").GetInt64() > 1);
        var behindCell = await JsonAsync("gaps", "behind", cell.GetProperty("member").GetString()!, cell.GetProperty("challenge").GetString()!,
            "--quarter", "2026Q3", "--limit", "1000");
        Assert.Equal(cell.GetProperty("projects").GetInt64(), behindCell.GetArrayLength());

        var trends = await JsonAsync("trends", "--quarter", "2026Q3");
        var point = trends.GetProperty("points").EnumerateArray()
            .First(p => p.GetProperty("projects").ValueKind == JsonValueKind.Number && p.GetProperty("projects").GetInt64() > 1);
        var behindPoint = await JsonAsync("trends", "behind", point.GetProperty("period").GetString()!, point.GetProperty("challenge").GetString()!,
            "--quarter", "2026Q3", "--limit", "1000");
        Assert.Equal(point.GetProperty("projects").GetInt64(), behindPoint.GetArrayLength());
    }

    [Theory]
    [InlineData("trends behind 2026Q3 c7", "challenge 'c7' is not one of c1 .. c5, none, all")]
    [InlineData("kpis --quarter 2026Q5", "--quarter '2026Q5' is not a quarter")]
    [InlineData("kpis --country Germany", "--country 'GERMANY' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("gaps --challenge c9", "--challenge 'c9' is not a challenge")]
    [InlineData("export projects --format xlsx", "csv, json, parquet")]
    public async Task Usage_mistakes_exit_2_with_the_reason(string command, string message)
    {
        var result = await IcPerMedProcess.RunAsync(Ct, [.. command.Split(' '), "--db", demo.Db]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
