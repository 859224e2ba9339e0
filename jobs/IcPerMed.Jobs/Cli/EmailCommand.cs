using System.CommandLine;
using System.Globalization;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Jobs.Email;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed email --quarter Q [--dry-run --out DIR]</c> sends the quarterly KPI email exactly once per subscriber
/// (or writes .eml files); <c>email status</c> shows the outbox; <c>email resend</c> sends one again deliberately.
/// SMTP settings come from the <c>Email</c> configuration section (icpermed.settings.json, ICPERMED_Email__*).
/// </summary>
public static class EmailCommand
{
    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Write one .eml file per active subscriber into --out instead of sending; the outbox is not changed." };
        var output = new Option<string?>("--out") { Description = "The folder --dry-run writes to. Default: emails." };
        var command = new Command("email",
            "Send the quarterly KPI email to every active subscriber, exactly once per quarter and subscriber (an outbox in the " +
            "warehouse remembers what was sent; a send interrupted by a crash is marked in-doubt, not repeated). Uses the quarter's " +
            "newest snapshot, taking one first when there is none. SMTP from the Email settings (Host, Port, StartTls, User, From, DashboardUrl; " +
            "the password from ICPERMED_Email__Password).")
        { quarter, dryRun, output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            if (parseResult.GetValue(output) is not null && !parseResult.GetValue(dryRun))
                throw new UsageException("--out only goes with --dry-run (a real run sends, it writes no files)");
            var job = Job(context);
            if (parseResult.GetValue(dryRun))
            {
                // Said on the terminal as well as in the log: the files show the link and sender a subscriber would get.
                foreach (var problem in EmailAddressing.Problems(context.Options<EmailOptions>()))
                    await Console.Error.WriteLineAsync($"warning: {problem} (a real send refuses to start with it)").ConfigureAwait(false);
                foreach (var path in await job.WriteDryRunAsync(at, parseResult.GetValue(output) ?? "emails", cancellationToken).ConfigureAwait(false))
                    Console.WriteLine(path);
                return CommandRunner.Ok;
            }
            try
            {
                var summary = await job.SendAsync(at, new Progress<string>(line => Console.Error.WriteLine(line)), cancellationToken).ConfigureAwait(false);
                Console.WriteLine(summary.ToString());
                return summary.Failed.Count == 0 ? CommandRunner.Ok : CommandRunner.Failed;
            }
            catch (SmtpDeliveryException error)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }
            catch (EmailNotConfiguredException error)
            {
                return NotConfigured(context, error);
            }
        }, cancellationToken));
        command.Subcommands.Add(CreateStatus());
        command.Subcommands.Add(CreateResend());
        return command;
    }

    /// <summary>Settings that cannot reach a real inbox: like any rejected setting, exit 3 before anything is sent.</summary>
    private static int NotConfigured(CommandContext context, EmailNotConfiguredException error)
    {
        context.Logging.CreateLogger("email").LogError("{Error}", error.Message);
        Console.Error.WriteLine($"error: {error.Message}");
        return CommandRunner.BadInput;
    }

    private static QuarterlyKpiEmailJob Job(CommandContext context) =>
        new(new Scheduling.Jobs.JobSettings(context.WarehouseLocationValue, context.Options<Analytics.WarehouseOptions>().DuckDbMemoryLimit,
            context.Options<Analytics.WarehouseOptions>().Sharing),
            context.Options<EmailOptions>(), context.Time, context.Logging.CreateLogger<QuarterlyKpiEmailJob>());

    private static Command CreateStatus()
    {
        var quarter = KpiOptions.QuarterOption();
        var command = new Command("status", "The outbox of a quarter: per subscriber, sending, sent, in-doubt or failed, with attempts and the last error.") { quarter, GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var entries = await warehouse.GetOutboxAsync(at, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Console.WriteLine(SnapshotJson.Write(entries));
                return CommandRunner.Ok;
            }
            if (entries.Count == 0)
                Console.WriteLine($"no {at} email in the outbox yet");
            foreach (var e in entries)
                Console.WriteLine(string.Join('\t', e.Email, e.Status, $"attempts {e.Attempts.ToString(CultureInfo.InvariantCulture)}",
                    e.SentAt is { } sent ? sent.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-", e.MessageId, e.LastError ?? ""));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateResend()
    {
        var quarter = KpiOptions.QuarterOption();
        var subscriber = new Option<string>("--subscriber") { Description = "The subscriber's email address.", Required = true };
        var command = new Command("resend",
            "Send a quarter's email to one subscriber again, deliberately, with the same Message-Id (mail clients show it once): " +
            "for an in-doubt email after a crash, a failed one, or a sent one someone lost.")
        { quarter, subscriber };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            if (!EmailAddressRules.TryParse(parseResult.GetValue(subscriber)!, out _, out var reason))
                throw new UsageException($"--subscriber: {reason}");
            try
            {
                var entry = await Job(context).ResendAsync(at, parseResult.GetValue(subscriber)!, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"{entry.Email}: {entry.Status} ({entry.MessageId}, attempt {entry.Attempts.ToString(CultureInfo.InvariantCulture)})");
                return CommandRunner.Ok;
            }
            catch (EmailNotConfiguredException error)
            {
                return NotConfigured(context, error);
            }
            catch (Exception error) when (error is SmtpDeliveryException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }
        }, cancellationToken));
        return command;
    }
}
