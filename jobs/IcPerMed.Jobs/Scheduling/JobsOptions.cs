namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// How jobs are run: configuration section <c>Jobs</c> of icpermed.settings.json, or <c>ICPERMED_Jobs__PollSeconds</c>
/// and so on. When each job fires is section <c>Schedules</c> (<see cref="JobSchedules"/>).
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>How often Hangfire polls its queue and its scheduled jobs (on PostgreSQL), in seconds.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Hangfire workers in one process.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Hangfire.PostgreSql's schema on a PostgreSQL warehouse.</summary>
    public string HangfireSchema { get; set; } = "hangfire";

    /// <summary>The file the test probe job appends its runs to; with <c>Schedules:probe:Cron</c> it registers the probe.</summary>
    public string? ProbeLog { get; set; }

    /// <summary>How long each probe run lasts, in seconds.</summary>
    public double ProbeSeconds { get; set; }

    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);
}
