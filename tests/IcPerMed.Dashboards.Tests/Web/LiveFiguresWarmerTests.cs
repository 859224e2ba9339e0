using System.Net;
using System.Text.Json;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// Dashboard:WarmLiveFigures (issue 20, the first visitor): the default quarter's figures are computed before anyone
/// asks, and again at once after a correction, so a visitor reads them instead of waiting for a live computation. The
/// dashboard's clock is fake and stands still unless a test moves it: "computed live at" then says which computation a
/// visitor was served.
/// </summary>
public sealed class LiveFiguresWarmerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> Warm = new() { ["Dashboard:WarmLiveFigures"] = "true" };

    [Fact]
    public async Task The_first_visitor_reads_figures_computed_at_start_and_a_correction_is_recomputed_before_the_next_visitor()
    {
        await using var app = new DashboardApp(TestStores.DuckDb, extra: Warm);
        await app.InitializeAsync();
        var warmer = app.Services.GetRequiredService<LiveFiguresWarmer>();
        await warmer.FirstRefresh.WaitAsync(TimeSpan.FromMinutes(1), Ct);
        var started = app.Time.GetUtcNow();

        // Ten minutes later by the dashboard's clock, the first visitor is served what was computed at start.
        app.Time.Advance(TimeSpan.FromMinutes(10));
        using var analyst = await app.ClientAsync("analyst");
        var (basis, before) = await KpisAsync(analyst);
        Assert.Equal($"computed live at {started:yyyy-MM-dd HH:mm}Z (no snapshot of 2026Q3 yet)", basis);

        // A correction: the figures are computed again without a visitor asking, and the next visitor reads them.
        var refreshed = warmer.Refreshes;
        var token = await DashboardApp.AntiforgeryTokenAsync(analyst, "/projects/test/W3");
        using var correction = await analyst.PostAsync("/projects/test/W3", new FormUrlEncodedContent(
            [new("labels", "pm"), new("labels", "c4"), new("reason", "mis-classified rare-disease cohort"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        var corrected = app.Time.GetUtcNow();
        for (var i = 0; i < 300 && warmer.Refreshes == refreshed; i++)
            await Task.Delay(100, Ct);
        Assert.True(warmer.Refreshes > refreshed, "no refresh followed the correction within 30 s");
        app.Time.Advance(TimeSpan.FromMinutes(10));
        var (afterBasis, after) = await KpisAsync(analyst);
        Assert.Equal($"computed live at {corrected:yyyy-MM-dd HH:mm}Z (no snapshot of 2026Q3 yet)", afterBasis);
        // W3 is PM now (in NL, with c4): the figures moved.
        Assert.NotEqual(before, after);
        Assert.Contains("\"NL\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_warming_the_first_visitor_computes_the_figures_when_they_come()
    {
        await using var app = new DashboardApp();
        await app.InitializeAsync();
        _ = app.Services;
        app.Time.Advance(TimeSpan.FromMinutes(10));
        var visited = app.Time.GetUtcNow();
        using var viewer = await app.ClientAsync("viewer");

        Assert.Equal($"computed live at {visited:yyyy-MM-dd HH:mm}Z (no snapshot of 2026Q3 yet)", (await KpisAsync(viewer)).Basis);
        Assert.Equal(0, app.Services.GetRequiredService<LiveFiguresWarmer>().Refreshes);
    }

    [Fact]
    public async Task Figures_are_computed_again_every_half_cache_duration_while_nobody_visits()
    {
        await using var app = new DashboardApp(TestStores.DuckDb,
            extra: new Dictionary<string, string?>(Warm) { ["Dashboard:LiveCacheDuration"] = "00:00:01" });
        await app.InitializeAsync();
        var warmer = app.Services.GetRequiredService<LiveFiguresWarmer>();
        await warmer.FirstRefresh.WaitAsync(TimeSpan.FromMinutes(1), Ct);

        // Every half second by the system clock; three more within ten seconds even on a busy machine.
        var first = warmer.Refreshes;
        for (var i = 0; i < 100 && warmer.Refreshes < first + 3; i++)
            await Task.Delay(100, Ct);
        Assert.True(warmer.Refreshes >= first + 3, $"{warmer.Refreshes - first} refreshes in 10 s");
    }

    private static async Task<(string Basis, string Kpis)> KpisAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/kpis", Ct));
        return (json.RootElement.GetProperty("basis").GetString()!, json.RootElement.GetProperty("kpis").GetRawText());
    }
}
