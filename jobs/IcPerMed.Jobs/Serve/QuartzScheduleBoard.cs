using Hangfire;
using IcPerMed.Dashboards.Web.Schedules;
using IcPerMed.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// The admin Jobs page's view of <c>icpermed serve</c>: every registered job with its schedule as configured
/// (<see cref="JobListing"/>), its next fire time as Quartz's trigger holds it, its last run from the
/// <see cref="JobRunLog"/>; "Run now" queues it on Hangfire as a trigger would, without a scheduled fire time.
/// </summary>
public sealed class QuartzScheduleBoard(ScheduledJobRegistry registry, IConfiguration configuration, ISchedulerFactory schedulers,
    IBackgroundJobClient queue, JobStorage storage, TimeProvider time) : IScheduleBoard
{
    public async Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var entries = new List<ScheduleEntry>();
        foreach (var listing in JobListing.Build(registry, configuration, time.GetUtcNow()))
        {
            var triggers = await scheduler.GetTriggersOfJob(new JobKey(listing.Name), cancellationToken).ConfigureAwait(false);
            var trigger = triggers.OfType<ICronTrigger>().FirstOrDefault();
            // The scheduler's own next fire (it moves on after a fire or a misfire); the zone is the trigger's.
            var next = trigger?.GetNextFireTimeUtc() is { } utc ? TimeZoneInfo.ConvertTime(utc, trigger.TimeZone) : (DateTimeOffset?)null;
            entries.Add(new ScheduleEntry(listing.Name, listing.Description, listing.Schedule, trigger is null ? null : listing.TimeZone,
                next, JobRunLog.Read(storage, listing.Name)));
        }
        return entries;
    }

    public Task<string> RunNowAsync(string job, string requestedBy, CancellationToken cancellationToken)
    {
        var name = registry.Get(job).Name;
        return Task.FromResult(queue.Enqueue<ScheduledJobRunner>(runner => runner.RunAsync(name, null, CancellationToken.None)));
    }

    public string? RunLink(string queueJobId) => $"{JobHosting.DashboardPath}/jobs/details/{Uri.EscapeDataString(queueJobId)}";
}
