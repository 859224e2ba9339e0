using IcPerMed.Jobs.Email;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Jobs.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

/// <summary>
/// A real send refuses to start with a dashboard link no subscriber can open or a sender no server accepts (the defaults
/// are both); a dry run warns and still writes its files (issue 19, point 4).
/// </summary>
public sealed class EmailAddressingTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http://127.0.0.1:5080", "Email:DashboardUrl")]
    [InlineData("http://localhost:5080/", "Email:DashboardUrl")]
    [InlineData("http://[::1]:5080/", "Email:DashboardUrl")]
    [InlineData("http://0.0.0.0:5080/", "Email:DashboardUrl")]
    [InlineData("https://dashboard.icpermed.invalid/", "Email:DashboardUrl")]
    [InlineData("dashboard.icpermed.eu", "Email:DashboardUrl")]
    [InlineData("https://icpermed.eu/dashboard", null)]
    public void The_dashboard_address_must_be_one_a_subscriber_can_open(string url, string? problem)
    {
        var options = new EmailOptions { DashboardUrl = url, From = "ICPerMed KPIs <kpis@icpermed.eu>" };

        var problems = EmailAddressing.Problems(options);

        Assert.Equal(problem is null ? [] : [problem], problems.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("ICPerMed KPIs <kpis@icpermed.invalid>", "Email:From")]
    [InlineData("kpis@localhost", "Email:From")]
    [InlineData("not an address", "Email:From")]
    [InlineData("ICPerMed KPIs <kpis@icpermed.eu>", null)]
    public void The_sender_must_be_on_a_domain_mail_servers_accept(string from, string? problem)
    {
        var options = new EmailOptions { DashboardUrl = "https://icpermed.eu/dashboard", From = from };

        var problems = EmailAddressing.Problems(options);

        Assert.Equal(problem is null ? [] : [problem], problems.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_real_send_with_the_default_link_and_sender_exits_3_naming_both_settings_and_sends_nothing()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var environment = EmailTestWarehouse.Environment(sink);
        environment.Remove("ICPERMED_Email__DashboardUrl");
        environment.Remove("ICPERMED_Email__From");

        var send = await IcPerMedProcess.RunAsync(environment, Ct, "email", "--quarter", "2026Q2", "--db", db);
        var resend = await IcPerMedProcess.RunAsync(environment, Ct, "email", "resend", "--quarter", "2026Q2", "--subscriber", "ada@example.org", "--db", db);

        Assert.Equal((3, 3), (send.ExitCode, resend.ExitCode));
        foreach (var named in new[] { "Email:DashboardUrl is 'http://127.0.0.1:5080'", "ICPERMED_Email__DashboardUrl",
            "Email:From is 'ICPerMed KPIs <kpis@icpermed.invalid>'", "ICPERMED_Email__From", "icpermed.settings.json" })
            Assert.Contains(named, send.Error, StringComparison.Ordinal);
        // The refusal is in the structured log too, for a scheduled run nobody watches.
        Assert.Contains("\"LogLevel\":\"Error\"", send.Error, StringComparison.Ordinal);
        Assert.Empty(sink.Messages());
        Assert.Empty(await EmailTestWarehouse.OutboxAsync(db, Ct));
    }

    [Fact]
    public async Task The_scheduled_job_refuses_as_the_command_does()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var options = EmailTestWarehouse.Options(sink);
        options.DashboardUrl = "http://localhost:5080";

        var job = EmailTestWarehouse.Job(db, options);

        var error = await Assert.ThrowsAsync<EmailNotConfiguredException>(() => job.RunAsync(new Progress<string>(), Ct));
        Assert.Contains("Email:DashboardUrl is 'http://localhost:5080'", error.Message, StringComparison.Ordinal);
        Assert.Empty(sink.Messages());
    }

    [Fact]
    public async Task A_dry_run_with_the_defaults_warns_on_the_terminal_and_in_the_log_and_still_writes_the_files()
    {
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var folder = Path.Combine(TestPaths.NewTempDirectory(), "emails");

        var run = await IcPerMedProcess.RunAsync(Ct, "email", "--quarter", "2026Q2", "--dry-run", "--out", folder, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, Directory.GetFiles(folder, "*.eml").Length);
        Assert.Contains("warning: Email:DashboardUrl is 'http://127.0.0.1:5080'", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning: Email:From is 'ICPerMed KPIs <kpis@icpermed.invalid>'", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Error.Split('\n').Count(l => l.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal) &&
            l.Contains("a real send refuses", StringComparison.Ordinal)));
    }
}
