using System.Net;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Options;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary><c>icpermed users</c> writes hashes the dashboard accepts; <c>serve</c> refuses to start when nobody could sign in.</summary>
public sealed class UsersCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Added_users_sign_in_with_their_password_and_the_file_holds_no_password()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "users.json");
        var env = new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = "s3cret-enough" };
        var add = await IcPerMedProcess.RunAsync(env, Ct, "users", "add", "ana", "--role", "analyst", "--users-file", file);
        Assert.True(add.ExitCode == 0, add.Error);
        Assert.DoesNotContain("s3cret-enough", await File.ReadAllTextAsync(file, Ct));
        Assert.DoesNotContain("s3cret-enough", add.Output + add.Error);

        var directory = new UserDirectory(Options.Create(new Dashboards.Web.DashboardOptions { UsersFile = file }));
        Assert.Equal("analyst", directory.Verify("ana", "s3cret-enough")?.Role);
        Assert.Null(directory.Verify("ana", "wrong"));

        var list = await IcPerMedProcess.RunAsync(Ct, "users", "list", "--users-file", file);
        Assert.Equal("ana\tanalyst", list.Output.Trim());
        var remove = await IcPerMedProcess.RunAsync(Ct, "users", "remove", "ana", "--users-file", file);
        Assert.Equal(0, remove.ExitCode);
        Assert.Null(directory.Verify("ana", "s3cret-enough"));
    }

    /// <summary>
    /// Issue 19: the CLI edits the users file while <c>serve</c> runs; the dashboard notices at the next request. Vic,
    /// removed, is refused; Ana, saved again as a viewer, is signed out and signs in as a viewer; Pat's new password
    /// ends the session opened with the old one.
    /// </summary>
    [Fact]
    public async Task Users_removed_or_saved_again_by_the_CLI_lose_their_open_dashboard_sessions()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "users.json");
        var env = new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = "first-password" };
        foreach (var name in new[] { "vic", "ana", "pat" })
            Assert.Equal(0, (await IcPerMedProcess.RunAsync(env, Ct, "users", "add", name, "--role", "analyst", "--users-file", file)).ExitCode);
        var warehouse = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        await using var dashboard = await LoopbackDashboard.StartAsync(warehouse, [],
            new Dictionary<string, string?> { ["Dashboard:UsersFile"] = file }, Ct);
        using var vic = await LoopbackSignIn.ClientAsync(dashboard.Address, "vic", "first-password", Ct);
        using var ana = await LoopbackSignIn.ClientAsync(dashboard.Address, "ana", "first-password", Ct);
        using var pat = await LoopbackSignIn.ClientAsync(dashboard.Address, "pat", "first-password", Ct);
        Assert.Equal(HttpStatusCode.OK, await LoopbackSignIn.StatusAsync(vic, "api/model", Ct));

        Assert.Equal(0, (await IcPerMedProcess.RunAsync(Ct, "users", "remove", "vic", "--users-file", file)).ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await LoopbackSignIn.StatusAsync(vic, "api/model", Ct));
        Assert.Equal(HttpStatusCode.OK, await LoopbackSignIn.StatusAsync(ana, "api/model", Ct));

        Assert.Equal(0, (await IcPerMedProcess.RunAsync(env, Ct, "users", "add", "ana", "--role", "viewer", "--users-file", file)).ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await LoopbackSignIn.StatusAsync(ana, "api/model", Ct));
        using var viewer = await LoopbackSignIn.ClientAsync(dashboard.Address, "ana", "first-password", Ct);
        Assert.Contains("ana (viewer)", await viewer.GetStringAsync(new Uri("model", UriKind.Relative), Ct), StringComparison.Ordinal);

        var newPassword = new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = "second-password" };
        Assert.Equal(0, (await IcPerMedProcess.RunAsync(newPassword, Ct, "users", "add", "pat", "--role", "analyst", "--users-file", file)).ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await LoopbackSignIn.StatusAsync(pat, "api/model", Ct));
        using var again = await LoopbackSignIn.ClientAsync(dashboard.Address, "pat", "second-password", Ct);
        Assert.Equal(HttpStatusCode.OK, await LoopbackSignIn.StatusAsync(again, "api/model", Ct));
    }

    [Theory]
    [InlineData("short", "at least 8 characters")]
    public async Task Weak_passwords_and_unknown_roles_are_refused(string password, string reason)
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "users.json");
        var env = new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = password };
        var weak = await IcPerMedProcess.RunAsync(env, Ct, "users", "add", "ana", "--role", "analyst", "--users-file", file);
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains(reason, weak.Error);
        var role = await IcPerMedProcess.RunAsync(new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = "long enough pw" }, Ct,
            "users", "add", "ana", "--role", "superuser", "--users-file", file);
        Assert.Equal(2, role.ExitCode);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Serve_refuses_to_start_when_nobody_could_sign_in()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");
        var serve = await IcPerMedProcess.RunAsync(Ct, "serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains("no users can sign in", serve.Error);
        Assert.Contains("icpermed users add", serve.Error);
    }
}
