using System.Net;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>Password sign-in: wrong passwords, unknown users, foreign return addresses, forms without antiforgery tokens.</summary>
public sealed class SignInTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Theory]
    [InlineData("analyst-user", "wrong password")]
    [InlineData("nobody", DashboardApp.Password)]
    public async Task Wrong_name_or_password_is_refused_without_a_cookie(string name, string password)
    {
        using var client = await app.ClientAsync(null);
        using var response = await DashboardApp.SignInAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The name or password is wrong.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("icpermed.auth=", StringComparison.Ordinal));
        using var api = await client.GetAsync("/api/kpis", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Sign_in_returns_to_local_pages_only()
    {
        using var local = await app.ClientAsync(null);
        using var toGaps = await DashboardApp.SignInAsync(local, "viewer-user", DashboardApp.Password, "/gaps?by=funder");
        Assert.Equal("/gaps?by=funder", toGaps.Headers.Location!.OriginalString);
        using var foreign = await app.ClientAsync(null);
        using var toEvil = await DashboardApp.SignInAsync(foreign, "viewer-user", DashboardApp.Password, "https://evil.example/");
        Assert.Equal("/", toEvil.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_without_an_antiforgery_token_is_rejected()
    {
        using var client = await app.ClientAsync(null);
        await client.GetAsync("/account/login", TestContext.Current.CancellationToken);
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "admin-user", ["password"] = DashboardApp.Password,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var api = await client.GetAsync("/api/kpis", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await app.ClientAsync("viewer");
        var token = await DashboardApp.AntiforgeryTokenAsync(client, "/");
        using var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var api = await client.GetAsync("/api/kpis", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Password_guessing_is_slowed_to_the_configured_attempts_per_minute()
    {
        await using var limited = new DashboardApp(IcPerMed.Tests.Support.TestStores.DuckDb, signInAttemptsPerMinute: 3);
        await limited.InitializeAsync();
        using var client = await limited.ClientAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await DashboardApp.SignInAsync(client, "admin-user", "guess " + i);
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        using var client = await app.ClientAsync("viewer");
        foreach (var path in new[] { "/", "/account/login", "/api/kpis" })
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(Dashboards.Web.Security.SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }
}
