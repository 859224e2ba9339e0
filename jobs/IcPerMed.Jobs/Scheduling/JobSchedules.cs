using Microsoft.Extensions.Configuration;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>The default schedules (documented in the README) merged with configuration section <c>Schedules</c>.</summary>
public static class JobSchedules
{
    public const string Section = "Schedules";
    public const string DefaultTimeZone = "Europe/Berlin";

    /// <summary>First Monday of each quarter's first month, 08:00: the last quarter is complete and people are at work.</summary>
    public const string Quarterly = "0 0 8 ? JAN,APR,JUL,OCT MON#1";

    /// <summary>Per job name. <c>classify</c> has no time of its own: a harvest that changed something queues it.</summary>
    public static IReadOnlyDictionary<string, JobSchedule> Defaults { get; } = new Dictionary<string, JobSchedule>(StringComparer.Ordinal)
    {
        ["harvest-cordis"] = new() { Cron = "0 0 3 ? * SUN" },
        ["harvest-nfr"] = new() { Cron = "0 30 3 ? * SUN" },
        // NIH asks for large jobs at weekends or between 9 PM and 5 AM Eastern time.
        ["harvest-nih"] = new() { Cron = "0 0 1 ? * SUN", TimeZone = "America/New_York" },
        ["harvest-gtr"] = new() { Cron = "0 0 5 ? * SUN" },
        ["retrain"] = new() { Cron = "0 0 2 * * ?" },
        ["quarterly-snapshot"] = new() { Cron = Quarterly, Misfire = MisfirePolicy.FireOnceNow },
        ["quarterly-email"] = new() { Cron = Quarterly, Misfire = MisfirePolicy.FireOnceNow },
    };

    /// <summary>The schedule of <paramref name="job"/>: its default, overridden key by key by configuration.</summary>
    public static JobSchedule For(IConfiguration configuration, string job)
    {
        var schedule = Defaults.TryGetValue(job, out var fallback)
            ? new JobSchedule { Cron = fallback.Cron, TimeZone = fallback.TimeZone, Enabled = fallback.Enabled, Misfire = fallback.Misfire }
            : new JobSchedule();
        configuration.GetSection($"{Section}:{job}").Bind(schedule);
        return schedule;
    }
}
