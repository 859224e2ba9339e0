using Microsoft.Extensions.Configuration;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>One line of <c>icpermed jobs list</c>: a job, its schedule in words and its next fire time in its zone.</summary>
public sealed record JobListing(string Name, string Description, string Schedule, string? TimeZone, DateTimeOffset? NextFire)
{
    /// <summary>Every registered job with its configured schedule, next fire computed from <paramref name="now"/>.</summary>
    public static IReadOnlyList<JobListing> Build(ScheduledJobRegistry registry, IConfiguration configuration, DateTimeOffset now) =>
        [.. registry.All.Select(job =>
        {
            var schedule = JobSchedules.For(configuration, job.Name, registry.Sources);
            if (!schedule.Enabled)
                return new JobListing(job.Name, job.Description, "disabled", null, null);
            if (schedule.Cron is null)
                return new JobListing(job.Name, job.Description, job.Name == Jobs.ClassifyJob.JobName ? "after a harvest that changed projects" : "on demand", null, null);
            var zone = schedule.Zone(job.Name);
            var next = ScheduleCalendar.Next(schedule.Cron, zone, now, 1);
            return new JobListing(job.Name, job.Description, $"{schedule.Cron} (misfire: {schedule.Misfire})", schedule.TimeZone,
                next.Count > 0 ? next[0] : null);
        })];
}
