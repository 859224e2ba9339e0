using IcPerMed.Analytics.Email;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Jobs.Tests.Kpis;
using IcPerMed.Tests.Support;
using MimeKit;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

public sealed class EmailCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_crash_between_send_and_commit_is_not_resent_but_marked_in_doubt_until_a_deliberate_resend()
    {
        using var sink = await SmtpSink.StartAsync(Ct);
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var environment = EmailTestWarehouse.Environment(sink);
        var crash = new Dictionary<string, string>(environment) { ["ICPERMED_TEST_CRASH_AFTER_SEND"] = "1" };
        var crashed = await IcPerMedProcess.RunAsync(crash, Ct, "email", "--quarter", "2026Q2", "--db", db);
        Assert.Equal(137, crashed.ExitCode);
        Assert.Single(sink.Messages());

        var again = await IcPerMedProcess.RunAsync(environment, Ct, "email", "--quarter", "2026Q2", "--db", db);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("1 sent, 1 already done, 0 below threshold, 0 failed, 1 in doubt (ada@example.org", again.Output, StringComparison.Ordinal);
        Assert.Equal(["ada@example.org", "bob@example.org"], sink.Messages().Select(m => m.To.Mailboxes.Single().Address));
        var outbox = await EmailTestWarehouse.OutboxAsync(db, Ct);
        Assert.Equal([OutboxStatus.InDoubt, OutboxStatus.Sent], outbox.Select(e => e.Status));

        var resend = await IcPerMedProcess.RunAsync(environment, Ct, "email", "resend", "--quarter", "2026Q2", "--subscriber", "ada@example.org", "--db", db);
        Assert.True(resend.ExitCode == 0, resend.Error);
        var messages = sink.Messages();
        Assert.Equal(3, messages.Count);
        Assert.Equal(messages[0].MessageId, messages[2].MessageId);
        Assert.Equal((OutboxStatus.Sent, 2), (await EmailTestWarehouse.OutboxAsync(db, Ct)).Select(e => (e.Status, e.Attempts)).First());
        var status = await IcPerMedProcess.RunAsync(environment, Ct, "email", "status", "--quarter", "2026Q2", "--db", db);
        Assert.Contains("ada@example.org\tsent\tattempts 2", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_writes_eml_files_MimeKit_reads_back_and_changes_no_outbox_row()
    {
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var folder = Path.Combine(TestPaths.NewTempDirectory(), "emails");
        var run = await IcPerMedProcess.RunAsync(Ct, "email", "--quarter", "2026Q2", "--dry-run", "--out", folder, "--db", db);
        Assert.True(run.ExitCode == 0, run.Error);
        var files = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([Path.Combine(folder, "2026Q2-1.eml"), Path.Combine(folder, "2026Q2-2.eml")], files);
        var message = await MimeMessage.LoadAsync(files[0], Ct);
        Assert.Equal("ada@example.org", message.To.Mailboxes.Single().Address);
        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains("http://127.0.0.1:5080/?quarter=2026Q2", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(await EmailTestWarehouse.OutboxAsync(db, Ct));
    }

    [Fact]
    public async Task Subscribers_add_list_remove_and_a_bad_kpi_id_is_named_with_exit_2()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        var bad = await IcPerMedProcess.RunAsync(Ct, "subscribers", "add", "eve@example.org", "--kpis", "pm-funding-per-year,nope", "--db", db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("no KPI 'nope'; the KPIs are: pm-funding-per-year, ", bad.Error, StringComparison.Ordinal);
        var badThreshold = await IcPerMedProcess.RunAsync(Ct, "subscribers", "add", "eve@example.org", "--threshold", "top-funders", "--db", db);
        Assert.Equal(2, badThreshold.ExitCode);
        var add = await IcPerMedProcess.RunAsync(Ct, "subscribers", "add", "Eve@Example.org", "--name", "Eve", "--kpis", "top-funders", "--threshold", "top-funders=7.5", "--db", db);
        Assert.True(add.ExitCode == 0, add.Error);
        var list = await IcPerMedProcess.RunAsync(Ct, "subscribers", "list", "--db", db);
        Assert.Equal("eve@example.org\tEve\ttop-funders\ttop-funders>7.5%\tactive\n", list.Output);
        Assert.Equal(0, (await IcPerMedProcess.RunAsync(Ct, "subscribers", "remove", "eve@example.org", "--db", db)).ExitCode);
        Assert.Equal(3, (await IcPerMedProcess.RunAsync(Ct, "subscribers", "remove", "eve@example.org", "--db", db)).ExitCode);
        Assert.Equal(2, (await IcPerMedProcess.RunAsync(Ct, "email", "--quarter", "2026Q2", "--out", "x", "--db", db)).ExitCode);
    }
}
