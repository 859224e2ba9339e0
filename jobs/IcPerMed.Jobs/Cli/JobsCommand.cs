using System.CommandLine;
using System.Globalization;
using IcPerMed.Jobs.Scheduling;
using IcPerMed.Jobs.Serve;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary><c>icpermed jobs list</c> and <c>icpermed jobs run NAME</c>: the scheduled jobs, and any of them at once.</summary>
public static class JobsCommand
{
    public static Command Create()
    {
        var command = new Command("jobs", $"The scheduled jobs (schedules: section {JobSchedules.Section} of {DashboardHost.SettingsFile} or ICPERMED_Schedules__NAME__Cron).");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRun());
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "Every job: name, description, schedule and next fire time in the schedule's time zone.") { GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, context =>
        {
            var listings = JobListing.Build(context.Services.GetRequiredService<ScheduledJobRegistry>(),
                context.Services.GetRequiredService<IConfiguration>(), context.Time.GetUtcNow());
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Console.WriteLine(Analytics.Snapshots.SnapshotJson.Write(listings));
            else
                Write(listings);
            return Task.FromResult(CommandRunner.Ok);
        }, cancellationToken));
        return command;
    }

    private static Command CreateRun()
    {
        var name = new Argument<string>("name") { Description = "The job's name, as `icpermed jobs list` shows it." };
        var command = new Command("run", "Run one job now, in this process, with its progress shown; exit code 0 when it succeeded, 1 when it failed.") { name };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var job = context.Services.GetRequiredService<ScheduledJobRegistry>().Get(parseResult.GetValue(name)!);
            var progress = new SynchronousProgress(line => Console.WriteLine($"{job.Name}: {line}"));
            await job.RunAsync(progress, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{job.Name}: done");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static void Write(IReadOnlyList<JobListing> listings)
    {
        var table = new Table().AddColumns("job", "schedule", "next fire", "description");
        foreach (var job in listings)
            table.AddRow(Markup.Escape(job.Name), Markup.Escape(job.Schedule),
                job.NextFire is { } next ? Markup.Escape(next.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + " " + job.TimeZone) : "-",
                Markup.Escape(job.Description));
        CliConsole.ForOutput().Write(table);
    }
}
