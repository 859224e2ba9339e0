using IcPerMed.Analytics.Email;
using IcPerMed.Jobs.Email;
using IcPerMed.Jobs.Tests.Kpis;
using MailKit.Security;
using MimeKit;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

public sealed class QuarterlyKpiEmailJobTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Progress<string> Quiet = new();

    [Fact]
    public async Task Email_is_text_and_related_html_whose_every_cid_has_its_png()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var summary = await EmailTestWarehouse.Job(db, EmailTestWarehouse.Options(sink)).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        Assert.Equal(["ada@example.org", "bob@example.org"], summary.Sent);
        var messages = sink.Messages();
        Assert.Equal(["ada@example.org", "bob@example.org"], messages.Select(m => m.To.Mailboxes.Single().Address));
        var ada = messages[0];
        Assert.StartsWith("ICPerMed KPIs 2026Q2: PM funding EUR ", ada.Subject, StringComparison.Ordinal);
        Assert.Equal("kpis@icpermed.test", ada.From.Mailboxes.Single().Address);
        Assert.Matches("^kpi-2026Q2-1-[0-9a-f]{12}@icpermed$", ada.MessageId);
        var alternative = Assert.IsType<MultipartAlternative>(ada.Body);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        var related = Assert.IsType<MultipartRelated>(alternative[1]);
        var html = Assert.IsType<TextPart>(related[0]);
        Assert.True(html.IsHtml);
        var cids = System.Text.RegularExpressions.Regex.Matches(html.Text, "src=\"cid:([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, cids.Count);
        foreach (var cid in cids)
        {
            var image = Assert.Single(related.Skip(1), part => part.ContentId == cid);
            Assert.Equal("image/png", image.ContentType.MimeType);
            using var png = new MemoryStream();
            ((MimePart)image).Content!.DecodeTo(png, Ct);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.ToArray()[..4]);
        }
        Assert.Contains("Dear Ada &lt;Lovelace&gt; &amp; co,", html.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"http://dashboard.test:5080/?quarter=2026Q2\"", html.Text, StringComparison.Ordinal);
        Assert.Contains("data-kpi=\"median-grant-size\"", html.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_lists_the_subscribers_kpis_the_link_and_why_it_was_sent()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        await EmailTestWarehouse.Job(db, EmailTestWarehouse.Options(sink)).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        var bob = sink.Messages().Single(m => m.To.Mailboxes.Single().Address == "bob@example.org");
        var text = bob.TextBody!;
        Assert.StartsWith("Hello,\n\nthese are the ICPerMed personalised-medicine funding KPIs of 2026Q2.", text, StringComparison.Ordinal);
        // Without a previous snapshot that is said once, not beside every KPI.
        Assert.Contains("\nNo snapshot of 2026Q1 to compare with; changes start next quarter.\n", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "snapshot of 2026Q1", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        // Beside the money total, how many of the PM projects it counts have no amount (the demo: 9 of 382; CORDIS
        // 101136728 and 101187880, whose project.csv row has no ecMaxContribution and no participant, and 7 NIH awards of
        // fiscal years 1994-1998, before the ECB rates begin: checked with Python's csv and json modules on the files).
        Assert.Matches(@"\* PM funding, all start years: EUR [0-9,]+\n    9 of 382 PM projects \(2\.4 %\) have no amount\n\* ", text);
        Assert.Matches(@"\* Top funders: EUR [0-9,]+\n", text);
        Assert.DoesNotContain("Median PM grant", text, StringComparison.Ordinal);
        Assert.Contains("Charts and every number of this snapshot: http://dashboard.test:5080/?quarter=2026Q2\n", text, StringComparison.Ordinal);
        // The sentence is wrapped for mail clients; its words are what matters here.
        var words = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("because bob@example.org subscribed on ", words, StringComparison.Ordinal);
        Assert.Contains("to PM funding, all start years, Top funders without thresholds", words, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text.Replace("<kpi", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_job_twice_sends_one_message_per_subscriber()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var job = EmailTestWarehouse.Job(db, EmailTestWarehouse.Options(sink));
        await job.SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        var second = await job.SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        Assert.Equal((0, 2), (second.Sent.Count, second.AlreadyDone.Count));
        Assert.Equal(2, sink.Messages().Count);
        Assert.All(await EmailTestWarehouse.OutboxAsync(db, Ct), e => Assert.Equal((OutboxStatus.Sent, 1), (e.Status, e.Attempts)));
    }

    [Fact]
    public async Task A_transient_451_is_retried_and_delivers_one_message()
    {
        using var sink = await SmtpSink.StartAsync(Ct, failFirst: 2);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var summary = await EmailTestWarehouse.Job(db, EmailTestWarehouse.Options(sink)).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        Assert.Equal(2, summary.Sent.Count);
        Assert.Equal(["ada@example.org", "bob@example.org"], sink.Messages().Select(m => m.To.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task A_hard_failure_leaves_the_row_failed_and_the_next_run_sends_it()
    {
        using var sink = await SmtpSink.StartAsync(Ct, failFirst: 3);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var options = EmailTestWarehouse.Options(sink);
        options.SendAttempts = 2;
        var first = await EmailTestWarehouse.Job(db, options).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        Assert.Equal((1, 1), (first.Failed.Count, first.Sent.Count));
        var failed = Assert.Single(await EmailTestWarehouse.OutboxAsync(db, Ct), e => e.Status == OutboxStatus.Failed);
        Assert.Contains("451", failed.LastError, StringComparison.Ordinal);
        var second = await EmailTestWarehouse.Job(db, options).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct);
        Assert.Equal((failed.Email, 1), (Assert.Single(second.Sent), second.AlreadyDone.Count));
        Assert.Equal(2, sink.Messages().Count);
    }

    [Fact]
    public async Task Authenticates_when_a_user_is_configured()
    {
        using var sink = await SmtpSink.StartAsync(Ct, auth: "kpi:s3cret");
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var options = EmailTestWarehouse.Options(sink);
        (options.User, options.Password) = ("kpi", "s3cret");
        Assert.Equal(2, (await EmailTestWarehouse.Job(db, options).SendAsync(EmailTestWarehouse.Quarter, Quiet, Ct)).Sent.Count);
        Assert.DoesNotContain("s3cret", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StartTlsMode.Auto, SecureSocketOptions.Auto)]
    [InlineData(StartTlsMode.Always, SecureSocketOptions.StartTls)]
    [InlineData(StartTlsMode.None, SecureSocketOptions.None)]
    public void StartTls_mode_maps_to_MailKit_socket_options(StartTlsMode mode, SecureSocketOptions expected) =>
        Assert.Equal(expected, new EmailOptions { StartTls = mode }.SocketOptions);
}
