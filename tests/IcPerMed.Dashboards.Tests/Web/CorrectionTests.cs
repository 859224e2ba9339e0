using System.Net;
using System.Text.Json;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>Analysts correct labels on the project page; viewers cannot; the correction shows everywhere at once.</summary>
public sealed class CorrectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_viewer_sees_no_correction_form_and_cannot_post_one()
    {
        await using var app = new DashboardApp();
        await app.InitializeAsync();
        using var viewer = await app.ClientAsync("viewer");
        var page = await viewer.GetStringAsync("/projects/test/W3", Ct);
        Assert.DoesNotContain("Correct the labels", page);
        var token = await DashboardApp.AntiforgeryTokenAsync(viewer, "/projects/test/W3");
        using var response = await viewer.PostAsync("/projects/test/W3", Correction(token, "pm", "c4"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString);
        Assert.Equal("insufficient text", await DecidedByAsync(viewer, "W3"));
    }

    [Fact]
    public async Task An_analysts_correction_wins_over_the_model_in_kpis_gaps_and_the_project()
    {
        await using var app = new DashboardApp();
        await app.InitializeAsync();
        using var analyst = await app.ClientAsync("analyst");
        Assert.Contains("Correct the labels", await analyst.GetStringAsync("/projects/test/W3", Ct));
        // DE and FR have 2 PM projects each, under the default minimum of 3; judged from 1 project, c1 c4 c5 are empty in both.
        Assert.Contains("<strong>2 too few to judge</strong>", await analyst.GetStringAsync("/gaps", Ct));
        Assert.Contains("0 empty cells", await analyst.GetStringAsync("/api/gaps", Ct));
        Assert.Contains("6 empty cells", await analyst.GetStringAsync("/api/gaps?min-projects=1", Ct));
        var token = await DashboardApp.AntiforgeryTokenAsync(analyst, "/projects/test/W3");
        using var response = await analyst.PostAsync("/projects/test/W3", Correction(token, "pm", "c4"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await analyst.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("saved", saved);
        // W3 was an abstention (insufficient text): the analyst's label decides it, and the page says what it overrode.
        Assert.Contains("Decided by <strong>analyst</strong> (analyst-user: mis-classified rare-disease cohort), over insufficient text (9 words, minimum 50)", saved);
        Assert.Equal("analyst", await DecidedByAsync(analyst, "W3"));
        // W3 is now PM in NL with c4: one more country row (NL) with c4 filled and c1 c2 c3 c5 empty (6 + 4 = 10).
        Assert.Contains("<strong>3 too few to judge</strong>", await analyst.GetStringAsync("/gaps", Ct));
        Assert.Contains("10 empty cells", await analyst.GetStringAsync("/api/gaps?min-projects=1", Ct));
    }

    [Fact]
    public async Task A_correction_without_an_antiforgery_token_is_rejected()
    {
        await using var app = new DashboardApp();
        await app.InitializeAsync();
        using var analyst = await app.ClientAsync("analyst");
        using var response = await analyst.PostAsync("/projects/test/W3", Correction(null, "pm"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("insufficient text", await DecidedByAsync(analyst, "W3"));
    }

    private static FormUrlEncodedContent Correction(string? token, params string[] labels)
    {
        var fields = labels.Select(l => new KeyValuePair<string, string>("labels", l)).Append(new("reason", "mis-classified rare-disease cohort"));
        if (token is not null) fields = fields.Append(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }

    private static async Task<string?> DecidedByAsync(HttpClient client, string id)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/api/projects/test/{id}", Ct));
        return document.RootElement.GetProperty("classification").GetProperty("decided_by").GetString();
    }
}
