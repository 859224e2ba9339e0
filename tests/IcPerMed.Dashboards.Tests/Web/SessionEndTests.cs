using System.Net;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// Access ends when it is taken away (issue 19): a user removed from the users file, saved again with another role or
/// password, or signed out, cannot use a session opened before, at the very next request. The file is changed the way
/// <c>icpermed users</c> changes it (UsersFile.Save and Remove; UsersCommandTests does it through the CLI process).
/// </summary>
public sealed class SessionEndTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private const string OtherPassword = "another long password";
    private static readonly System.Text.Json.JsonSerializerOptions UsersJson = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string File => app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value.UsersFile;

    [Fact]
    public async Task A_removed_user_is_refused_at_the_next_request()
    {
        using var vic = await FileUserAsync("vic", DashboardRoles.Analyst);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(vic, "/api/kpis"));
        Assert.True(UsersFile.Remove(File, "vic"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(vic, "/api/kpis"));
        using var page = await vic.GetAsync("/gaps", Ct);
        Assert.Contains("/account/login?ReturnUrl=", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demoted_analyst_can_no_longer_save_a_correction_and_signs_in_again_as_a_viewer()
    {
        using var ana = await FileUserAsync("ana", DashboardRoles.Analyst);
        var token = await DashboardApp.AntiforgeryTokenAsync(ana, "/projects/test/W3");
        UsersFile.Save(File, new DashboardUserOptions { Name = "ana", Role = DashboardRoles.Viewer, PasswordHash = UserDirectory.HashPassword(DashboardApp.Password) });
        using (var refused = await ana.PostAsync("/projects/test/W3", Correction(token), Ct))
            Assert.Contains("/account/login?ReturnUrl=", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await DashboardApp.SignInAsync(ana, "ana", DashboardApp.Password)).StatusCode);
        token = await DashboardApp.AntiforgeryTokenAsync(ana, "/projects/test/W3");
        using var denied = await ana.PostAsync("/projects/test/W3", Correction(token), Ct);
        Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var project = System.Text.Json.JsonDocument.Parse(await ana.GetStringAsync("/api/projects/test/W3", Ct));
        Assert.Equal("insufficient text", project.RootElement.GetProperty("classification").GetProperty("decided_by").GetString());
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_opened_with_the_old_one()
    {
        using var pat = await FileUserAsync("pat", DashboardRoles.Viewer);
        UsersFile.Save(File, new DashboardUserOptions { Name = "pat", Role = DashboardRoles.Viewer, PasswordHash = UserDirectory.HashPassword(OtherPassword) });
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(pat, "/api/kpis"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await DashboardApp.SignInAsync(pat, "pat", DashboardApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DashboardApp.SignInAsync(pat, "pat", OtherPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(pat, "/api/kpis"));
    }

    [Fact]
    public async Task A_role_edited_in_the_file_under_the_same_stamp_applies_from_the_next_request()
    {
        using var max = await FileUserAsync("max", DashboardRoles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(max, "/api/admin/users"));
        // An administrator editing the file by hand keeps the stamp: the session goes on, with the file's role.
        var users = UsersFile.Read(File);
        users.Single(u => u.Name == "max").Role = DashboardRoles.Admin;
        await System.IO.File.WriteAllTextAsync(File, System.Text.Json.JsonSerializer.Serialize(users, UsersJson), Ct);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(max, "/api/admin/users"));
        Assert.Contains("href=\"/admin\"", await max.GetStringAsync("/", Ct));
    }

    [Fact]
    public async Task A_cookie_kept_from_before_sign_out_no_longer_works()
    {
        using var client = await app.ClientAsync(null);
        using var signIn = await DashboardApp.SignInAsync(client, "viewer-user", DashboardApp.Password);
        var cookie = AuthCookie(signIn);
        using (var copy = Replaying(app, cookie))
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(copy, "/api/kpis"));
        await SignOutAsync(client);
        using var replay = Replaying(app, cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(replay, "/api/kpis"));
    }

    [Fact]
    public async Task Sessions_outlive_a_restart_and_signed_out_ones_stay_ended()
    {
        var folder = IcPerMed.Tests.Support.TestPaths.NewTempDirectory();
        var settings = new Dictionary<string, string?> { ["Dashboard:UsersFile"] = Path.Combine(folder, "users.json") };
        string kept, ended;
        await using (var firstHost = new DashboardApp(IcPerMed.Tests.Support.TestStores.DuckDb, extra: settings))
        {
            await firstHost.InitializeAsync();
            await using var first = WithKeysIn(firstHost, folder);
            using var keeper = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            kept = AuthCookie(await DashboardApp.SignInAsync(keeper, "viewer-user", DashboardApp.Password));
            using var leaver = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            ended = AuthCookie(await DashboardApp.SignInAsync(leaver, "analyst-user", DashboardApp.Password));
            await SignOutAsync(leaver);
        }
        await using var secondHost = new DashboardApp(IcPerMed.Tests.Support.TestStores.DuckDb, extra: settings);
        await secondHost.InitializeAsync();
        await using var second = WithKeysIn(secondHost, folder);
        using (var keeper = Replaying(second, kept))
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(keeper, "/api/kpis"));
        using var leaver2 = Replaying(second, ended);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(leaver2, "/api/kpis"));
    }

    private async Task<HttpClient> FileUserAsync(string name, string role)
    {
        UsersFile.Save(File, new DashboardUserOptions { Name = name, Role = role, PasswordHash = UserDirectory.HashPassword(DashboardApp.Password) });
        var signedIn = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await DashboardApp.SignInAsync(signedIn, name, DashboardApp.Password)).StatusCode);
        return signedIn;
    }

    // Two hosts one after the other, as serve before and after a restart: the same users file, sessions file and keys.
    private static WebApplicationFactory<DashboardApp> WithKeysIn(DashboardApp host, string folder) =>
        host.WithWebHostBuilder(web => web.ConfigureServices(services =>
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(folder, "keys")))));

    private static async Task SignOutAsync(HttpClient client)
    {
        var token = await DashboardApp.AntiforgeryTokenAsync(client, "/");
        using var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    private static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("icpermed.auth=", StringComparison.Ordinal)).Split(';')[0];

    // A client that sends exactly the given cookie and keeps none: a copy of the cookie saved by someone.
    private static HttpClient Replaying(WebApplicationFactory<DashboardApp> host, string cookie)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return response.StatusCode;
    }

    private static FormUrlEncodedContent Correction(string token) => new(
    [
        new("labels", "pm"), new("labels", "c4"), new("reason", "demoted"), new("__RequestVerificationToken", token),
    ]);
}
