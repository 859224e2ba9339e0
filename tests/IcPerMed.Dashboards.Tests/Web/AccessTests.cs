using System.Net;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>Every page and API route under every role: who gets in, who is sent to sign in, who is refused.</summary>
public sealed class AccessTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    public static readonly string[] Pages =
    [
        "/", "/?quarter=2026Q2", "/gaps", "/gaps?by=funder", "/trends", "/trends?per=quarter",
        "/behind?kind=kpi&id=active-pm-projects", "/behind?kind=gap&by=country&member=DE&challenge=c3",
        "/behind?kind=trend&period=2026&challenge=c2", "/projects/test/W1", "/sources", "/model",
        "/explore", "/explore?q=cohort&country=DE&challenge=c3&from=2020&sort=funding-desc", "/explore?pm=all&page=2&size=2",
    ];

    public static readonly string[] Api =
    [
        "/api/kpis", "/api/kpis/active-pm-projects/projects", "/api/gaps", "/api/gaps?by=funder", "/api/gaps/projects?member=DE&challenge=c3",
        "/api/trends", "/api/trends/projects?period=2026&challenge=c2", "/api/projects/test/W1", "/api/sources",
        "/api/sources/test/quarantine", "/api/sources/runs", "/api/sources/reconciliation", "/api/model", "/api/projects", "/api/projects?q=platform&pm=all",
    ];

    public static readonly string[] AdminPages = ["/admin", "/admin/jobs"];
    public static readonly string[] AdminApi = ["/api/admin/users", "/api/admin/snapshots"];
    public static readonly string?[] Roles = [null, "viewer", "analyst", "admin"];

    public static TheoryData<string, string?> Routes(string[] routes) =>
        [.. routes.SelectMany(route => Roles.Select(role => (route, role)))];

    public static TheoryData<string, string?> PageRoutes => Routes(Pages);
    public static TheoryData<string, string?> ApiRoutes => Routes(Api);
    public static TheoryData<string, string?> AdminPageRoutes => Routes(AdminPages);
    public static TheoryData<string, string?> AdminApiRoutes => Routes(AdminApi);

    [Theory]
    [MemberData(nameof(PageRoutes))]
    public async Task Pages_are_open_to_every_role_and_send_anonymous_users_to_sign_in(string route, string? role)
    {
        using var client = await app.ClientAsync(role);
        using var response = await client.GetAsync(route, TestContext.Current.CancellationToken);
        if (role is null)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task Api_answers_every_role_and_401_to_anonymous_requests(string route, string? role)
    {
        using var client = await app.ClientAsync(role);
        using var response = await client.GetAsync(route, TestContext.Current.CancellationToken);
        Assert.Equal(role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, response.StatusCode);
        if (role is not null) Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(AdminPageRoutes))]
    public async Task Admin_pages_are_for_admins_only(string route, string? role)
    {
        using var client = await app.ClientAsync(role);
        using var response = await client.GetAsync(route, TestContext.Current.CancellationToken);
        if (role == "admin")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(role is null ? "/account/login" : "/account/denied", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(AdminApiRoutes))]
    public async Task Admin_api_is_for_admins_only(string route, string? role)
    {
        using var client = await app.ClientAsync(role);
        using var response = await client.GetAsync(route, TestContext.Current.CancellationToken);
        var expected = role switch { null => HttpStatusCode.Unauthorized, "admin" => HttpStatusCode.OK, _ => HttpStatusCode.Forbidden };
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Admin_user_list_never_shows_password_hashes()
    {
        using var client = await app.ClientAsync("admin");
        var json = await client.GetStringAsync("/api/admin/users", TestContext.Current.CancellationToken);
        Assert.Contains("\"viewer-user\"", json);
        Assert.DoesNotContain("AQAAAA", json);
        Assert.DoesNotContain("hash", json);
    }

    [Fact]
    public async Task Navigation_shows_the_admin_link_to_admins_only()
    {
        using var viewer = await app.ClientAsync("viewer");
        using var admin = await app.ClientAsync("admin");
        Assert.DoesNotContain("href=\"/admin\"", await viewer.GetStringAsync("/", TestContext.Current.CancellationToken));
        Assert.Contains("href=\"/admin\"", await admin.GetStringAsync("/", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("href=\"/admin/jobs\"", await viewer.GetStringAsync("/", TestContext.Current.CancellationToken));
        Assert.Contains("href=\"/admin/jobs\"", await admin.GetStringAsync("/", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Jobs_page_says_schedules_are_not_available_when_the_host_runs_no_scheduler()
    {
        using var admin = await app.ClientAsync("admin");
        var page = await admin.GetStringAsync("/admin/jobs", TestContext.Current.CancellationToken);
        Assert.Contains("Schedules are not available", page);
        Assert.DoesNotContain("Run now", page);
    }
}
