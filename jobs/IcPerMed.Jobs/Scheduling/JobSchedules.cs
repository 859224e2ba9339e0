using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Scheduling.Jobs;
using Microsoft.Extensions.Configuration;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// The default schedules (documented in the README) merged with configuration section <c>Schedules</c>. A harvest's
/// default is the one its source registered (<see cref="SourceRegistration.Schedule"/>).
/// </summary>
public static class JobSchedules
{
    public const string Section = "Schedules";
    public const string DefaultTimeZone = "Europe/Berlin";

    /// <summary>First Monday of each quarter's first month, 08:00: the last quarter is complete and people are at work.</summary>
    public const string Quarterly = "0 0 8 ? JAN,APR,JUL,OCT MON#1";

    /// <summary>Per job name, for the built-in sources. <c>classify</c> has no time of its own: a harvest that changed something queues it.</summary>
    public static IReadOnlyDictionary<string, JobSchedule> Defaults { get; } = DefaultsFor(SourceRegistry.BuiltIn);

    /// <summary>Per job name: the fixed jobs' defaults and one per source of <paramref name="sources"/> that registered a schedule.</summary>
    public static IReadOnlyDictionary<string, JobSchedule> DefaultsFor(SourceRegistry sources)
    {
        var defaults = new Dictionary<string, JobSchedule>(StringComparer.Ordinal)
        {
            ["retrain"] = new() { Cron = "0 0 2 * * ?" },
            ["quarterly-snapshot"] = new() { Cron = Quarterly, Misfire = MisfirePolicy.FireOnceNow },
            ["quarterly-email"] = new() { Cron = Quarterly, Misfire = MisfirePolicy.FireOnceNow },
        };
        foreach (var source in sources.All)
            if (source.Schedule is { } schedule)
                defaults[HarvestJob.NameOf(source)] = new() { Cron = schedule.Cron, TimeZone = schedule.TimeZone ?? DefaultTimeZone };
        return defaults;
    }

    /// <summary>
    /// The schedule of <paramref name="job"/>: its default (from <paramref name="sources"/>, by default the built-in
    /// ones), overridden key by key by configuration.
    /// </summary>
    public static JobSchedule For(IConfiguration configuration, string job, SourceRegistry? sources = null)
    {
        var defaults = sources is null ? Defaults : DefaultsFor(sources);
        var schedule = defaults.TryGetValue(job, out var fallback)
            ? new JobSchedule { Cron = fallback.Cron, TimeZone = fallback.TimeZone, Enabled = fallback.Enabled, Misfire = fallback.Misfire }
            : new JobSchedule();
        configuration.GetSection($"{Section}:{job}").Bind(schedule);
        return schedule;
    }
}
