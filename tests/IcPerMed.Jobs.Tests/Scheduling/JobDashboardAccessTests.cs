using System.Net;
using IcPerMed.Jobs.Serve;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>The Hangfire dashboard at /jobs/hangfire inside <c>icpermed serve</c>: admins only, under its own content security policy.</summary>
public sealed class JobDashboardAccessTests
{
    private const string Password = "jobs-dashboard-password";

    [Theory]
    [InlineData(null, HttpStatusCode.Found)]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Job_dashboard_is_for_admins_and_sends_anonymous_users_to_sign_in(string? role, HttpStatusCode expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var warehouse = await TestStores.NewLocationAsync(TestStores.DuckDb, cancellationToken);
        await using var dashboard = await LoopbackDashboard.StartAsync(warehouse,
            [new LoopbackUser("viewer-user", "viewer", Password), new LoopbackUser("analyst-user", "analyst", Password), new LoopbackUser("admin-user", "admin", Password)],
            null, cancellationToken);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = dashboard.Address };
        if (role is not null)
        {
            var signIn = await SignInAsync(client, role + "-user", cancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var response = await client.GetAsync(new Uri("jobs/hangfire", UriKind.Relative), cancellationToken);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Found)
            Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("icpermed jobs", await response.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
            Assert.Equal(JobHosting.DashboardContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        }
    }

    [Fact]
    public async Task The_old_address_leads_to_the_schedules_and_the_site_keeps_its_strict_policy()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var warehouse = await TestStores.NewLocationAsync(TestStores.DuckDb, cancellationToken);
        await using var dashboard = await LoopbackDashboard.StartAsync(warehouse, [new LoopbackUser("admin-user", "admin", Password)], null, cancellationToken);
        using var admin = await Web.LoopbackSignIn.ClientAsync(dashboard.Address, "admin-user", Password, cancellationToken);
        using var old = await admin.GetAsync(new Uri("jobs", UriKind.Relative), cancellationToken);
        Assert.Equal(JobHosting.SchedulesPath, old.Headers.Location!.OriginalString);
        using var schedules = await admin.GetAsync(new Uri("admin/jobs", UriKind.Relative), cancellationToken);
        Assert.Equal(Dashboards.Web.Security.SecurityHeaders.ContentSecurityPolicy, Assert.Single(schedules.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("href=\"/jobs/hangfire\"", await schedules.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync(new Uri("account/login", UriKind.Relative), cancellationToken);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "the sign-in page has an antiforgery token");
        return await client.PostAsync(new Uri("account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["password"] = Password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(match.Groups[1].Value),
        }), cancellationToken);
    }
}
