using IcPerMed.Analytics.Email;
using IcPerMed.Jobs.Email;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Jobs.Tests.Kpis;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

/// <summary>
/// STARTTLS on the wire: aiosmtpd requires STARTTLS (and AUTH only after it) with a self-signed certificate made by
/// openssl for this test; the mailer trusts it only through Email:TrustedCertificateFile.
/// </summary>
public sealed class StartTlsTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private const string Password = "correct-horse-7391";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Progress<string> Quiet = new();

    [Fact]
    public async Task StartTls_always_delivers_over_tls_as_the_authenticated_user_when_the_certificate_is_trusted()
    {
        var certificate = await TestCertificate.CreateAsync(Ct);
        using var sink = await SmtpSink.StartAsync(Ct, auth: "kpi:" + Password, tls: certificate);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var options = TlsOptions(sink, certificate.CertificateFile);
        (options.User, options.Password) = ("kpi", Password);

        var summary = await EmailTestWarehouse.Job(db, options).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);

        Assert.Equal(["ada@example.org", "bob@example.org"], summary.Sent);
        Assert.Equal([(true, "kpi"), (true, "kpi")], sink.Sessions());
        Assert.All(await EmailTestWarehouse.OutboxAsync(db, Ct), e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_certificate_that_is_not_trusted_is_refused_with_the_server_named_and_nothing_sent(bool trustAnotherCertificate)
    {
        var certificate = await TestCertificate.CreateAsync(Ct);
        using var sink = await SmtpSink.StartAsync(Ct, tls: certificate);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var other = trustAnotherCertificate ? (await TestCertificate.CreateAsync(Ct)).CertificateFile : null;

        var summary = await EmailTestWarehouse.Job(db, TlsOptions(sink, other)).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);

        Assert.Empty(summary.Sent);
        Assert.Equal(2, summary.Failed.Count);
        Assert.All(summary.Failed, error => Assert.Contains($"SMTP 127.0.0.1:{sink.Port}: TLS refused, the server is not trusted: ", error, StringComparison.Ordinal));
        Assert.Contains(trustAnotherCertificate ? $"(CN=127.0.0.1) does not chain to {other}" : "Set Email:TrustedCertificateFile", summary.Failed[0], StringComparison.Ordinal);
        Assert.Empty(sink.Messages());
        Assert.All(await EmailTestWarehouse.OutboxAsync(db, Ct), e => Assert.Equal(OutboxStatus.Failed, e.Status));
    }

    [Fact]
    public async Task StartTls_always_against_a_server_without_it_sends_nothing_in_the_clear()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);

        var summary = await EmailTestWarehouse.Job(db, TlsOptions(sink, null)).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);

        Assert.Equal(2, summary.Failed.Count);
        Assert.Contains($"SMTP 127.0.0.1:{sink.Port} does not offer STARTTLS, and Email:StartTls is Always", summary.Failed[0], StringComparison.Ordinal);
        Assert.Empty(sink.Messages());
    }

    [Fact]
    public async Task A_wrong_password_names_the_server_sends_nothing_and_no_log_line_holds_a_password()
    {
        var certificate = await TestCertificate.CreateAsync(Ct);
        using var sink = await SmtpSink.StartAsync(Ct, auth: "kpi:" + Password, tls: certificate);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var environment = new Dictionary<string, string>(EmailTestWarehouse.Environment(sink))
        {
            ["ICPERMED_Email__StartTls"] = "Always",
            ["ICPERMED_Email__TrustedCertificateFile"] = certificate.CertificateFile,
            ["ICPERMED_Email__User"] = "kpi",
            ["ICPERMED_Email__Password"] = "wrong-battery-5512",
        };

        // --verbose: debug logs too, where a careless line would show the password.
        var wrong = await IcPerMedProcess.RunAsync(environment, Ct, "email", "--quarter", "2026Q2", "--db", db, "--verbose");

        Assert.True(wrong.ExitCode == 1, wrong.Error);
        Assert.Contains($"SMTP 127.0.0.1:{sink.Port} refused the login of user kpi: ", wrong.Error, StringComparison.Ordinal);
        Assert.Contains("0 sent, 0 already done, 0 below threshold, 2 failed", wrong.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-battery-5512", wrong.Output + wrong.Error, StringComparison.Ordinal);
        Assert.Empty(sink.Messages());
        Assert.DoesNotContain(await EmailTestWarehouse.OutboxAsync(db, Ct), e => e.Status == OutboxStatus.Sent);

        environment["ICPERMED_Email__Password"] = Password;
        var right = await IcPerMedProcess.RunAsync(environment, Ct, "email", "--quarter", "2026Q2", "--db", db, "--verbose");

        Assert.True(right.ExitCode == 0, right.Error);
        Assert.Contains("2 sent", right.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, right.Output + right.Error, StringComparison.Ordinal);
        Assert.Equal([(true, "kpi"), (true, "kpi")], sink.Sessions());
    }

    private static EmailOptions TlsOptions(SmtpSink sink, string? trustedCertificateFile)
    {
        var options = EmailTestWarehouse.Options(sink);
        options.StartTls = StartTlsMode.Always;
        options.TrustedCertificateFile = trustedCertificateFile;
        options.SendAttempts = 1;
        return options;
    }
}
