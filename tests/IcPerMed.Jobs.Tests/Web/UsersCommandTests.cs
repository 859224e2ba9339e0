using IcPerMed.Dashboards.Web.Security;
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
