using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Web;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// The admin Jobs page inside <c>icpermed serve</c> (issue 19): every schedule Quartz holds with its next fire time and
/// zone, the last run, and "Run now" through Hangfire. A probe job (far-future schedule, Tokyo time) shows a run.
/// </summary>
public sealed partial class SchedulesPageTests
{
    private const string Password = "schedules-page-password";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_lists_every_schedule_with_its_next_fire_time_in_its_zone()
    {
        var (dashboard, _) = await StartAsync();
        await using var _1 = dashboard;
        using var admin = await LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, Ct);
        var now = TimeProvider.System.GetUtcNow();
        var fires = NextFires(await admin.GetStringAsync(new Uri("admin/jobs", UriKind.Relative), Ct));

        // The README's table of default schedules, computed here with calendar arithmetic, not with Quartz.
        Assert.Equal(Weekly(now, "Europe/Berlin", DayOfWeek.Sunday, 3, 0), fires["harvest-cordis"]);
        Assert.Equal(Weekly(now, "Europe/Berlin", DayOfWeek.Sunday, 3, 30), fires["harvest-nfr"]);
        Assert.Equal(Weekly(now, "America/New_York", DayOfWeek.Sunday, 1, 0), fires["harvest-nih"]);
        Assert.Equal(Weekly(now, "Europe/Berlin", DayOfWeek.Sunday, 5, 0), fires["harvest-gtr"]);
        Assert.Equal(Weekly(now, "Europe/Berlin", null, 2, 0), fires["retrain"]);
        Assert.Equal("2099-01-01 12:00 +09:00 Asia/Tokyo", fires["probe"]);
        // Jobs without a schedule are listed too (Run now works for them), with no next fire.
        Assert.Equal("none", fires["classify"]);
        Assert.Equal("none", fires["harvest-360giving"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\d 08:00 \+0[12]:00 Europe/Berlin$", fires["quarterly-snapshot"]);
    }

    /// <summary>
    /// Two dashboards in one process (the suite starts many side by side; bench web starts two): the one started last
    /// stops, and the other's Jobs page still lists and runs its jobs. Hangfire keeps the last host's logger factory
    /// in a static; before SchedulerLogRelease released it, the page then failed with a disposed LoggerFactory (CI,
    /// 2026-12-07: the browser test's Jobs page had no probe row for 60 s).
    /// </summary>
    [Fact]
    public async Task The_jobs_page_works_after_another_dashboard_in_the_process_stopped()
    {
        var (dashboard, probeLog) = await StartAsync();
        await using var _1 = dashboard;
        var (other, _) = await StartAsync();
        using (var otherAdmin = await LoopbackSignIn.ClientAsync(other.Address, "admin-user", Password, Ct))
            Assert.Contains("id=\"job-probe\"", await otherAdmin.GetStringAsync(new Uri("admin/jobs", UriKind.Relative), Ct), StringComparison.Ordinal);
        await other.DisposeAsync();

        using var admin = await LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, Ct);
        using var page = await admin.GetAsync(new Uri("admin/jobs", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("2099-01-01 12:00 +09:00 Asia/Tokyo", NextFires(await page.Content.ReadAsStringAsync(Ct))["probe"]);
        var token = await LoopbackSignIn.AntiforgeryTokenAsync(admin, "admin/jobs", Ct);
        using var run = await admin.PostAsync(new Uri("admin/jobs?handler=Run", UriKind.Relative), Form(token, "probe"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        for (var i = 0; i < 100 && !File.Exists(probeLog); i++)
            await Task.Delay(200, Ct);
        Assert.True(File.Exists(probeLog), "the probe queued after the other dashboard stopped never ran");
    }

    [Fact]
    public async Task Run_now_queues_the_job_on_Hangfire_and_the_page_shows_how_it_went()
    {
        var (dashboard, probeLog) = await StartAsync();
        await using var _1 = dashboard;
        using var admin = await LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, Ct);
        var token = await LoopbackSignIn.AntiforgeryTokenAsync(admin, "admin/jobs", Ct);
        using var run = await admin.PostAsync(new Uri("admin/jobs?handler=Run", UriKind.Relative), Form(token, "probe"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var queued = QueuedPattern().Match(run.Headers.Location!.OriginalString);
        Assert.True(queued.Success, run.Headers.Location.OriginalString);

        // It ran: the probe wrote its line, with no scheduled fire (queued by hand); the page links Hangfire's record of it.
        var page = "";
        for (var i = 0; i < 100 && !page.Contains("class=\"outcome ok\"", StringComparison.Ordinal); i++)
        {
            await Task.Delay(200, Ct);
            page = await admin.GetStringAsync(new Uri(run.Headers.Location.OriginalString.TrimStart('/'), UriKind.Relative), Ct);
        }
        Assert.Equal("none," + Environment.ProcessId, (await File.ReadAllTextAsync(probeLog, Ct)).Trim());
        var row = Row(page, "probe");
        Assert.Contains($"<a href=\"/jobs/hangfire/jobs/details/{queued.Groups[1].Value}\">succeeded</a>", row, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">\d+\.\d s</td>", row);
        Assert.Contains($"<strong>probe</strong> queued", page, StringComparison.Ordinal);
        using var details = await admin.GetAsync(new Uri($"jobs/hangfire/jobs/details/{queued.Groups[1].Value}", UriKind.Relative), Ct);
        Assert.Contains("Succeeded", await details.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>
    /// Inside serve a job that ran drops the dashboard's figures and they are computed again at once, without a
    /// visitor (<see cref="DashboardFiguresAfterJobs"/>, Dashboard:WarmLiveFigures): the overview shows a scheduled
    /// harvest as soon as it is stored.
    /// </summary>
    [Fact]
    public async Task A_job_that_ran_has_the_dashboards_figures_computed_again()
    {
        var warehouse = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var settings = ProbeSettings(Path.Combine(TestPaths.NewTempDirectory(), "probe.log"));
        settings["Dashboard:WarmLiveFigures"] = "true";
        await using var dashboard = await LoopbackDashboard.StartAsync(warehouse, [new LoopbackUser("admin-user", "admin", Password)], settings, Ct);
        var warmer = dashboard.Services.GetRequiredService<Dashboards.Web.Data.LiveFiguresWarmer>();
        await warmer.FirstRefresh.WaitAsync(TimeSpan.FromMinutes(1), Ct);
        var before = warmer.Refreshes;
        using var admin = await LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, Ct);
        var token = await LoopbackSignIn.AntiforgeryTokenAsync(admin, "admin/jobs", Ct);

        using var run = await admin.PostAsync(new Uri("admin/jobs?handler=Run", UriKind.Relative), Form(token, "probe"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        // The probe's run takes a moment and the warmer's next scheduled refresh is minutes away (LiveCacheDuration / 2).
        var row = "";
        for (var i = 0; i < 150 && (warmer.Refreshes == before || !row.Contains("class=\"outcome ok\"", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(200, Ct);
            row = Row(await admin.GetStringAsync(new Uri("admin/jobs", UriKind.Relative), Ct), "probe");
        }
        Assert.Contains("class=\"outcome ok\"", row, StringComparison.Ordinal);
        Assert.True(warmer.Refreshes > before, "the figures were not computed again within 30 s of the job");
    }

    [Fact]
    public async Task A_failed_run_shows_as_failed_with_the_jobs_own_reason()
    {
        var missing = Path.Combine(TestPaths.NewTempDirectory(), "no-such-folder", "probe.log");
        var (dashboard, _) = await StartAsync(missing);
        await using var _1 = dashboard;
        using var admin = await LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, Ct);
        var token = await LoopbackSignIn.AntiforgeryTokenAsync(admin, "admin/jobs", Ct);
        using var run = await admin.PostAsync(new Uri("admin/jobs?handler=Run", UriKind.Relative), Form(token, "probe"), Ct);
        var row = "";
        for (var i = 0; i < 100 && !row.Contains("class=\"outcome error\"", StringComparison.Ordinal); i++)
        {
            await Task.Delay(200, Ct);
            row = Row(await admin.GetStringAsync(new Uri("admin/jobs", UriKind.Relative), Ct), "probe");
        }
        // The probe appends to a file in a folder that does not exist: .NET's DirectoryNotFoundException, path and all.
        Assert.Contains(">failed</a>", row, StringComparison.Ordinal);
        Assert.Contains($"Could not find a part of the path &#x27;{missing}&#x27;", row, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">\d+\.\d s</td>", row);
    }

    [Theory]
    [InlineData("viewer-user")]
    [InlineData("analyst-user")]
    public async Task Only_admins_see_the_page_or_run_a_job(string user)
    {
        var (dashboard, probeLog) = await StartAsync();
        await using var _1 = dashboard;
        using var client = await LoopbackSignIn.ClientAsync(dashboard.Address, user, Password, Ct);
        using var page = await client.GetAsync(new Uri("admin/jobs", UriKind.Relative), Ct);
        Assert.Contains("/account/denied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/jobs\"", await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct), StringComparison.Ordinal);
        var token = await LoopbackSignIn.AntiforgeryTokenAsync(client, "/", Ct);
        using var run = await client.PostAsync(new Uri("admin/jobs?handler=Run", UriKind.Relative), Form(token, "probe"), Ct);
        Assert.Contains("/account/denied", run.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await Task.Delay(1000, Ct);
        Assert.False(File.Exists(probeLog));
    }

    [Fact]
    public async Task Run_now_of_an_unknown_job_is_404()
    {
        var (dashboard, _) = await StartAsync();
        await using var _1 = dashboard;
        using var admin = await LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, Ct);
        var token = await LoopbackSignIn.AntiforgeryTokenAsync(admin, "admin/jobs", Ct);
        using var run = await admin.PostAsync(new Uri("admin/jobs?handler=Run", UriKind.Relative), Form(token, "no-such-job"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
    }

    /// <summary>serve on an empty DuckDB warehouse with one user per role and the probe job scheduled far ahead.</summary>
    private static async Task<(LoopbackDashboard Dashboard, string ProbeLog)> StartAsync(string? probeLog = null)
    {
        var warehouse = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        probeLog ??= Path.Combine(TestPaths.NewTempDirectory(), "probe.log");
        var dashboard = await LoopbackDashboard.StartAsync(warehouse,
            [new LoopbackUser("viewer-user", "viewer", Password), new LoopbackUser("analyst-user", "analyst", Password), new LoopbackUser("admin-user", "admin", Password)],
            ProbeSettings(probeLog), Ct);
        return (dashboard, probeLog);
    }

    /// <summary>The probe job, scheduled for noon of 1 January 2099 in Tokyo: listed with a fire time, never fired by the clock.</summary>
    internal static Dictionary<string, string?> ProbeSettings(string probeLog) => new()
    {
        ["Schedules:probe:Cron"] = "0 0 12 1 1 ? 2099",
        ["Schedules:probe:TimeZone"] = "Asia/Tokyo",
        ["Jobs:ProbeLog"] = probeLog,
    };

    private static FormUrlEncodedContent Form(string token, string job) =>
        new(new Dictionary<string, string> { ["job"] = job, ["__RequestVerificationToken"] = token });

    // The next fire at hour:minute local time on the given weekday (every day when null), strictly after now.
    private static string Weekly(DateTimeOffset now, string zoneId, DayOfWeek? day, int hour, int minute)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        for (var date = local.Date; ; date = date.AddDays(1))
        {
            var at = date.AddHours(hour).AddMinutes(minute);
            if ((day is null || date.DayOfWeek == day) && at > local)
                return new DateTimeOffset(at, zone.GetUtcOffset(at)).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + " " + zoneId;
        }
    }

    private static Dictionary<string, string> NextFires(string page) =>
        RowPattern().Matches(page).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(NextFirePattern().Match(m.Value).Groups[1].Value), StringComparer.Ordinal);

    private static string Row(string page, string job) =>
        RowPattern().Matches(page).Single(m => m.Groups[1].Value == job).Value;

    [GeneratedRegex("<tr id=\"job-([^\"]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"next-fire\">([^<]*)</td>")]
    private static partial Regex NextFirePattern();

    [GeneratedRegex(@"^/admin/jobs\?queued=probe&id=(\d+)$")]
    private static partial Regex QueuedPattern();
}
