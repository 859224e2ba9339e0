namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// When Quartz fires one job: configuration section <c>Schedules:NAME</c> (icpermed.settings.json or
/// ICPERMED_Schedules__NAME__Cron ...). Missing values fall back to <see cref="JobSchedules.Defaults"/>.
/// </summary>
public sealed class JobSchedule
{
    /// <summary>A Quartz cron expression (seconds first), e.g. <c>0 0 8 ? JAN,APR,JUL,OCT MON#1</c>; none = run on demand only.</summary>
    public string? Cron { get; set; }

    /// <summary>The IANA zone the cron is read in; daylight saving follows it.</summary>
    public string TimeZone { get; set; } = JobSchedules.DefaultTimeZone;

    public bool Enabled { get; set; } = true;

    /// <summary>What to do with a fire missed while no scheduler was running.</summary>
    public MisfirePolicy Misfire { get; set; } = MisfirePolicy.DoNothing;

    /// <summary>The zone as .NET knows it; an unknown IANA id is a configuration error naming the job.</summary>
    public TimeZoneInfo Zone(string job) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone
            : throw new InvalidDataException($"Schedules:{job}:TimeZone '{TimeZone}' is not a known IANA time zone such as Europe/Berlin");
}

/// <summary>What a trigger does when its fire time passed while the scheduler was down (beyond the misfire threshold).</summary>
public enum MisfirePolicy
{
    /// <summary>Skip the missed fires and wait for the next one: right for frequent jobs such as weekly harvests.</summary>
    DoNothing,

    /// <summary>Fire once as soon as the scheduler is back, however many fires were missed: right for the quarterly jobs.</summary>
    FireOnceNow,
}
