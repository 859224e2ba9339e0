using System.Text.Json;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>The Sources page and /api/sources/reconciliation show what the fixture harvest read and stored.</summary>
public sealed class SourcesReconciliationTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sources_page_shows_money_read_and_stored_per_run_and_that_it_reconciles()
    {
        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/sources", Ct);

        Assert.Contains("Reconciliation: read = stored + quarantined", html, StringComparison.Ordinal);
        Assert.Contains("test, run 1: reconciles", html, StringComparison.Ordinal);
        // DashboardData states four grants: 300,000 + 100,000 + 50,000 + 200,000 EUR, read and stored.
        Assert.Matches(@"<td>stated funding</td><td>EUR</td>\s*<td class=""num"">5</td><td class=""num"">5</td><td class=""num"">0</td>\s*<td class=""num"">750,000.00</td><td class=""num"">750,000.00</td>", html);
    }

    [Fact]
    public async Task Reconciliation_api_gives_each_line_with_its_difference()
    {
        using var client = await app.ClientAsync("viewer");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/sources/reconciliation", Ct));

        Assert.True(json.RootElement.GetProperty("reconciles").GetBoolean());
        var run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
        var stated = run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("item").GetString() == "stated funding");
        Assert.Equal((750000m, 0m), (stated.GetProperty("stored_amount").GetDecimal(), stated.GetProperty("amount_difference").GetDecimal()));
    }
}
