namespace IcPerMed.Dashboards.Web.Schedules;

/// <summary>
/// The host's scheduled jobs for the admin Jobs page: when each fires next, how its last run went, and a way to run it
/// now. <c>icpermed serve</c> registers one over its scheduler and queue; a dashboard hosted without them (the
/// dashboard's own tests) has none, and the page says schedules are not available.
/// </summary>
public interface IScheduleBoard
{
    /// <summary>Every job the host knows, scheduled or run on demand, by name.</summary>
    Task<IReadOnlyList<ScheduleEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Queues <paramref name="job"/> to run now; the queue's id of the run. An unknown name throws <see cref="KeyNotFoundException"/>.</summary>
    Task<string> RunNowAsync(string job, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Where the queue's own dashboard shows a run (history, retries, the error's stack), or null.</summary>
    string? RunLink(string queueJobId);
}

/// <summary>One job as the Jobs page lists it.</summary>
/// <param name="Schedule">The schedule in words or as its cron expression ("on demand", "disabled", <c>0 0 3 ? * SUN</c>).</param>
/// <param name="TimeZone">The IANA zone the cron is read in; null when the job has no schedule.</param>
/// <param name="NextFire">The next fire time in that zone, as the scheduler holds it; null when none.</param>
/// <param name="LastRun">The last run the queue performed; null when none is recorded.</param>
public sealed record ScheduleEntry(string Job, string Description, string Schedule, string? TimeZone, DateTimeOffset? NextFire, JobRun? LastRun);

/// <summary>A run of a job: running, or finished with its outcome and duration.</summary>
/// <param name="Error">Why it failed (the exception's message); null otherwise.</param>
/// <param name="QueueJobId">The queue's id of the run, for <see cref="IScheduleBoard.RunLink"/>.</param>
public sealed record JobRun(JobRunOutcome Outcome, DateTimeOffset StartedAt, TimeSpan? Duration, string? Error, string? QueueJobId);

public enum JobRunOutcome
{
    Running,
    Succeeded,
    Failed,
}
