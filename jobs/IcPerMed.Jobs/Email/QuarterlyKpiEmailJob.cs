using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Emails;
using IcPerMed.Jobs.Kpis;
using IcPerMed.Jobs.Scheduling;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace IcPerMed.Jobs.Email;

/// <summary>
/// The quarterly KPI email (<c>quarterly-email</c>): one email per active subscriber, exactly once per quarter through
/// the warehouse's outbox. Each row is committed as 'sending' before SMTP and 'sent' after; a row still 'sending' when
/// a run starts was interrupted between the server's acceptance and the commit, and is marked 'in-doubt' rather than
/// sent again (see README, "Quarterly KPI email").
/// </summary>
/// <param name="settings">The warehouse (DuckDB path or PostgreSQL connection string) and how to open it.</param>
public sealed class QuarterlyKpiEmailJob(Scheduling.Jobs.JobSettings settings, EmailOptions options, TimeProvider time, ILogger<QuarterlyKpiEmailJob> logger)
    : IScheduledJob
{
    public string Name => "quarterly-email";

    public string Description => "Email each subscriber the last completed quarter's KPIs (exactly once per quarter and subscriber).";

    /// <summary>Sends the last completed quarter's email; throws when some subscriber's email failed, so it is retried.</summary>
    public async Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var summary = await SendAsync(Quarter.LastCompleted(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), progress, cancellationToken).ConfigureAwait(false);
        if (summary.Failed.Count > 0)
            throw new SmtpDeliveryException(summary.ToString(), new InvalidOperationException(string.Join("; ", summary.Failed)));
    }

    /// <summary>Sends <paramref name="quarter"/>'s email to every active subscriber whose row is not yet 'sent' or 'in-doubt'.</summary>
    /// <exception cref="EmailNotConfiguredException">The dashboard link or the sender cannot reach a real inbox (<see cref="EmailAddressing"/>).</exception>
    public async Task<EmailRunSummary> SendAsync(Quarter quarter, IProgress<string> progress, CancellationToken cancellationToken)
    {
        EmailAddressing.EnsureConfigured(options);
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        var inDoubt = await warehouse.MarkInterruptedSendsInDoubtAsync(quarter, cancellationToken).ConfigureAwait(false);
        foreach (var entry in inDoubt)
            logger.LogWarning("The {Quarter} email to {Email} ({MessageId}) was interrupted between send and commit: marked in-doubt, not resent",
                quarter, entry.Email, entry.MessageId);
        var input = await InputAsync(warehouse, quarter, cancellationToken).ConfigureAwait(false);
        var (sent, done, below, failed) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var mailer = new SmtpMailer(options, time, logger);
        foreach (var subscriber in (await warehouse.ListSubscribersAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Active))
        {
            if (!QuarterlyKpiEmail.Reason(input, subscriber).WorthSending)
            {
                below.Add(subscriber.Email);
                continue;
            }
            var messageId = QuarterlyKpiEmail.MessageId(input.Snapshot, subscriber.Id);
            if (await warehouse.TryClaimOutboxAsync(quarter, subscriber.Id, messageId, cancellationToken).ConfigureAwait(false) is null)
            {
                done.Add(subscriber.Email);
                continue;
            }
            var error = await DeliverAsync(warehouse, mailer, input, subscriber, messageId, cancellationToken).ConfigureAwait(false);
            (error is null ? sent : failed).Add(error is null ? subscriber.Email : $"{subscriber.Email}: {error}");
            progress.Report(error is null ? $"{subscriber.Email}: sent" : $"{subscriber.Email}: failed, the next run tries again");
        }
        var summary = new EmailRunSummary(quarter, input.Snapshot.Id, sent, done, below, failed, inDoubt);
        logger.LogInformation("{Summary}", summary.ToString());
        return summary;
    }

    /// <summary>Sends the row's message again, deliberately, with the same Message-Id; for 'in-doubt', 'failed' or 'sent' rows.</summary>
    /// <exception cref="EmailNotConfiguredException">The dashboard link or the sender cannot reach a real inbox.</exception>
    public async Task<OutboxEntry> ResendAsync(Quarter quarter, string email, CancellationToken cancellationToken)
    {
        EmailAddressing.EnsureConfigured(options);
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        var subscriber = await warehouse.GetSubscriberAsync(email, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"{email} is not subscribed (icpermed subscribers list)");
        var entry = await warehouse.ClaimResendAsync(quarter, subscriber.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException((await warehouse.GetOutboxEntryAsync(quarter, subscriber.Id, cancellationToken).ConfigureAwait(false)) is null
                ? $"no {quarter} email to {subscriber.Email} in the outbox: icpermed email --quarter {quarter} sends it"
                : $"the {quarter} email to {subscriber.Email} is 'sending' (a run is sending it, or died doing so): run icpermed email --quarter {quarter} first, which marks an interrupted one in-doubt");
        var input = await InputAsync(warehouse, quarter, cancellationToken).ConfigureAwait(false);
        if (await DeliverAsync(warehouse, new SmtpMailer(options, time, logger), input, subscriber, entry.MessageId, cancellationToken).ConfigureAwait(false) is { } error)
            throw new SmtpDeliveryException(error, new InvalidOperationException(error));
        return (await warehouse.GetOutboxEntryAsync(quarter, subscriber.Id, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Writes each active subscriber's email as a .eml file into <paramref name="directory"/>; the outbox is not touched.
    /// Settings a real send would refuse (<see cref="EmailAddressing"/>) are logged as warnings, and the files written all the same.
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteDryRunAsync(Quarter quarter, string directory, CancellationToken cancellationToken)
    {
        foreach (var problem in EmailAddressing.Problems(options))
            logger.LogWarning("Dry run of the {Quarter} email with a setting a real send refuses: {Problem}", quarter, problem);
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        var input = await InputAsync(warehouse, quarter, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var subscriber in (await warehouse.ListSubscribersAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Active))
        {
            var message = QuarterlyKpiEmail.Compose(input, subscriber, From(), QuarterlyKpiEmail.MessageId(input.Snapshot, subscriber.Id));
            var path = Path.GetFullPath(Path.Combine(directory, $"{quarter}-{subscriber.Id}.eml"));
            await message.WriteToAsync(path, cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }
        return paths;
    }

    // Returns the error, or null once the server accepted the message and 'sent' is committed.
    private async Task<string?> DeliverAsync(Warehouse warehouse, SmtpMailer mailer, QuarterlyKpiEmailInput input, Subscriber subscriber,
        string messageId, CancellationToken cancellationToken)
    {
        var quarter = input.Snapshot.Quarter;
        try
        {
            await mailer.SendAsync(QuarterlyKpiEmail.Compose(input, subscriber, From(), messageId), cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpDeliveryException error)
        {
            logger.LogError("{Error}", error.Message);
            await warehouse.MarkOutboxFailedAsync(quarter, subscriber.Id, error.Message, CancellationToken.None).ConfigureAwait(false);
            return error.Message;
        }
        CrashAfterSendTestHook.CrashIfAsked();
        // Not cancellable: the server has the message, so the commit must happen even when the run is being stopped.
        await warehouse.MarkOutboxSentAsync(quarter, subscriber.Id, CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    private MailboxAddress From() => MailboxAddress.Parse(options.From);

    private async Task<QuarterlyKpiEmailInput> InputAsync(Warehouse warehouse, Quarter quarter, CancellationToken cancellationToken)
    {
        var snapshot = await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            snapshot = await warehouse.TakeSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("No snapshot of {Quarter} yet: took snapshot {Id}", quarter, snapshot.Id);
        }
        var previous = await warehouse.GetLatestSnapshotAsync(quarter.Previous, cancellationToken).ConfigureAwait(false);
        var yearBefore = await warehouse.GetLatestSnapshotAsync(quarter.SameQuarterLastYear, cancellationToken).ConfigureAwait(false);
        return new QuarterlyKpiEmailInput(snapshot, previous, yearBefore, options.DashboardUrl);
    }
}
