using System.Text.Json;
using System.Text.RegularExpressions;
using IcPerMed.Analytics.Classification;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Kpis;
using Microsoft.Playwright;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// One walk through the real dashboard in a real headless Chromium (issue 5): the pages render, link together and
/// run under their Content-Security-Policy without a console error. Screenshots: artifacts/screenshots/*.png.
/// </summary>
public sealed class BrowserSmokeTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private const string Analyst = "ana";
    private const string Password = "smoke-test-password";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_analyst_signs_in_and_follows_a_gap_to_a_project_in_Chromium()
    {
        // BrowserSession's timeout is generous: 15 s ran out once at load 8-9 in a fresh-ci run (session 14).
        await using var session = await BrowserSession.StartAsync(demo.Db, new LoopbackUser(Analyst, DashboardRoles.Analyst, Password), null, Ct);
        var (page, watch) = (session.Page, session.Watch);
        await session.RunAsync("analyst", async () =>
        {
            // Anonymous: the overview sends the visitor to sign in.
            await page.GotoAsync("/");
            Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
            await watch.StepAsync(page, "01-sign-in");
            await page.GetByLabel("Name").FillAsync(Analyst);
            await page.GetByLabel("Password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/$"));

            // Overview: the active-projects tile shows the snapshot's number, as the API gives it.
            var (quarter, active) = await ActivePmProjectsAsync(page);
            var tile = page.Locator(".tile").Filter(new() { HasText = $"Active PM projects in {quarter}" });
            Assert.Equal(Numbers.Count(active), (await tile.Locator("a.value").InnerTextAsync()).Trim());
            Assert.Equal(8, await page.Locator(".tile").CountAsync());
            await watch.StepAsync(page, "02-overview");

            // Gaps: the challenge x country matrix, each count a link to the projects behind it.
            await page.GotoAsync("/gaps");
            Assert.Contains("PM projects and EUR (apportioned) per cell", await page.Locator("table caption").First.InnerTextAsync(), StringComparison.Ordinal);
            var cell = page.Locator("td.num a[href^='/behind']").First;
            var cellCount = (await cell.InnerTextAsync()).Trim();
            await watch.StepAsync(page, "03-gaps");
            await cell.ClickAsync();
            await page.WaitForURLAsync(new Regex("/behind\\?"));
            Assert.StartsWith("Projects behind", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            var listed = await page.Locator("tbody a[href^='/projects/']").CountAsync();
            Assert.Equal(cellCount, Numbers.Count(listed));
            await watch.StepAsync(page, "04-behind");

            // Project: its title, the classification with its reasons, and the analyst's correction form.
            var first = page.Locator("tbody tr").First;
            var row = (await first.InnerTextAsync()).Trim();
            await first.Locator("a[href^='/projects/']").ClickAsync();
            await page.WaitForURLAsync(new Regex("/projects/"));
            var title = (await page.Locator("h1").InnerTextAsync()).Trim();
            Assert.Contains(title[(title.IndexOf(": ", StringComparison.Ordinal) + 1)..].Trim(), row, StringComparison.Ordinal);
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Classification" }).IsVisibleAsync());
            var labels = page.Locator("h2:has-text('Classification') ~ table").First.Locator("tbody tr");
            Assert.Equal(LabelScheme.Labels.Count, await labels.CountAsync());
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).IsVisibleAsync());
            await watch.StepAsync(page, "05-project");

            await ExploreAsync(page, watch, title);
            await TrendsAsync(page, watch);
            await SourcesAsync(page, watch);
            await CoverageAsync(page, watch);
            await ProgrammesAsync(page, watch);
        });
        Assert.True(watch.Problems.Count == 0, string.Join(Environment.NewLine, watch.Problems));
    }

    /// <summary>/explore: search a word of the project's title and find a project link.</summary>
    private static async Task ExploreAsync(IPage page, BrowserWatch watch, string title)
    {
        await page.GotoAsync("/explore");
        var word = title.Split([' ', ':', ',', '-'], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        await page.Locator("input[name='q']").FillAsync(word);
        await page.Locator("input[name='q']").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("q="));
        Assert.True(await page.Locator("a[href^='/projects/']").CountAsync() > 0, $"/explore found nothing for '{word}'");
        await watch.StepAsync(page, "06-explore");
    }

    /// <summary>
    /// /trends: no source covers 2023 (NFR's H2020 file ends in 2022Q1, the CORDIS Horizon Europe and SNSF samples start in
    /// 2024Q1); its one project, SNSF grant 224092 starting 2023-04-01, is a thin edge quarter of SNSF, so 2023 is partly
    /// covered: its value is shown marked so, never as a covered 0, and the forecast says why there is none.
    /// </summary>
    private static async Task TrendsAsync(IPage page, BrowserWatch watch)
    {
        await page.GotoAsync("/trends");
        var y2023 = page.Locator("tbody tr").Filter(new() { Has = page.Locator("th", new() { HasTextString = "2023" }) });
        Assert.Equal(7, await y2023.Locator("td.partial").CountAsync());
        Assert.Equal(7, await y2023.Locator("td", new() { HasTextString = "partly covered" }).CountAsync());
        Assert.Contains("not enough covered quarters", await page.Locator("p.refusal").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2024Q1 – 2025Q1", await page.Locator("#coverage").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("have no amount", await page.Locator("#trend-total").InnerTextAsync(), StringComparison.Ordinal);
        await watch.StepAsync(page, "07-trends");
    }

    /// <summary>/sources: each source's last good harvest reconciles, rows and money read against stored.</summary>
    private static async Task SourcesAsync(IPage page, BrowserWatch watch)
    {
        await page.GotoAsync("/sources");
        var verdicts = page.Locator("h3").Filter(new() { HasText = ", run " });
        Assert.True(await verdicts.CountAsync() >= 2, "no reconciliation per source on /sources");
        foreach (var verdict in await verdicts.AllInnerTextsAsync())
            Assert.EndsWith(": reconciles", verdict.Trim(), StringComparison.Ordinal);
        await page.Locator("#reconciliation").ScrollIntoViewIfNeededAsync();
        await watch.StepAsync(page, "08-sources");
    }

    /// <summary>
    /// /coverage, from the navigation: the demo's CORDIS and NFR projects are the European Commission's and ANR's are its
    /// own, so they are the members with data; the 15 others and every consortium country but France are marked and named.
    /// </summary>
    private static async Task CoverageAsync(IPage page, BrowserWatch watch)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Coverage" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/coverage$"));
        Assert.StartsWith("15 of 17 members have no data", (await page.Locator("#members-without-data").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(15, await page.Locator("#member-table tr.missing").CountAsync());
        Assert.Equal(23, await page.Locator("#country-table tr.missing").CountAsync());
        await watch.StepAsync(page, "09-coverage");
    }

    /// <summary>
    /// /programmes: programmes grouped under their funder: the EC's parts CORDIS and NFR name stating no PM facts, and the
    /// programme-list sample's ERA PerMed entries that allow PM.
    /// </summary>
    private static async Task ProgrammesAsync(IPage page, BrowserWatch watch)
    {
        await page.GotoAsync("/programmes?kind=programme");
        var groups = await page.Locator("#programme-table tbody th[scope='rowgroup']").AllInnerTextsAsync();
        Assert.Contains(groups, g => g.Contains("EC", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Contains("ISCIII", StringComparison.Ordinal));
        Assert.True(await page.Locator("#programme-table td:has-text('not stated')").CountAsync() > 0);
        await watch.StepAsync(page, "10-programmes");
    }

    // ---- Issue 19, point 3: the admin Jobs page and Hangfire's dashboard (kept apart so other steps merge cleanly) ----

    /// <summary>
    /// An admin finds Jobs in the navigation: every schedule with its next fire time and zone; "Run now" queues the probe
    /// job, which runs and shows as succeeded; Hangfire's own dashboard and the run's record there open under their
    /// content security policy without a console error.
    /// </summary>
    [Fact]
    public async Task An_admin_sees_the_schedules_runs_a_job_now_and_opens_Hangfire_in_Chromium()
    {
        const string admin = "ada";
        var probeLog = Path.Combine(IcPerMed.Tests.Support.TestPaths.NewTempDirectory(), "probe.log");
        await using var session = await BrowserSession.StartAsync(demo.Db, new LoopbackUser(admin, DashboardRoles.Admin, Password),
            Scheduling.SchedulesPageTests.ProbeSettings(probeLog), Ct);
        var (page, watch) = (session.Page, session.Watch);
        await session.RunAsync("jobs", async () =>
        {
            await session.SignInAsync();

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Jobs" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/jobs$"));
            Assert.Equal("2099-01-01 12:00 +09:00 Asia/Tokyo", (await page.Locator("#job-probe td.next-fire").InnerTextAsync()).Trim());
            Assert.EndsWith("Europe/Berlin", (await page.Locator("#job-harvest-cordis td.next-fire").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            await watch.StepAsync(page, "jobs-01-schedules");

            await page.GetByRole(AriaRole.Button, new() { Name = "Run probe now" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("queued=probe"));
            Assert.StartsWith("probe queued", (await page.Locator("#queued").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            for (var i = 0; i < 50 && await page.Locator("#job-probe td.outcome.ok").CountAsync() == 0; i++)
            {
                await Task.Delay(200, Ct);
                await page.ReloadAsync();
            }
            Assert.Equal("succeeded", (await page.Locator("#job-probe td.outcome").InnerTextAsync()).Trim());
            await watch.StepAsync(page, "jobs-02-run-now");

            await page.GetByRole(AriaRole.Link, new() { Name = "the queue's dashboard" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/jobs/hangfire$"));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await watch.StepAsync(page, "jobs-03-hangfire");
            await page.GotoAsync("/admin/jobs");
            await page.Locator("#job-probe td.outcome a").ClickAsync();
            await page.WaitForURLAsync(new Regex("/jobs/hangfire/jobs/details/"));
            Assert.Contains("Succeeded", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
            await watch.StepAsync(page, "jobs-04-hangfire-run");
        });
        Assert.True(watch.Problems.Count == 0, string.Join(Environment.NewLine, watch.Problems));
    }

    // ---- end of issue 19, point 3 ----

    private static async Task<(string Quarter, decimal Value)> ActivePmProjectsAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/kpis");
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        Assert.NotEqual(JsonValueKind.Null, json.RootElement.GetProperty("snapshot_id").ValueKind);
        var kpi = json.RootElement.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "active-pm-projects");
        return (json.RootElement.GetProperty("quarter").GetString()!, kpi.GetProperty("rows")[0].GetProperty("value").GetDecimal());
    }
}
