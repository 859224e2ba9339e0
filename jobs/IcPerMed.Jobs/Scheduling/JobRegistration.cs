using Hangfire;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Scheduling.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// Registers every <see cref="IScheduledJob"/> and their registry: used by <c>serve</c> and by <c>icpermed jobs</c>. The
/// harvests are one per source of the <see cref="SourceRegistry"/> (<see cref="IngestionServices.AddIngestion"/>).
/// </summary>
public static class JobRegistration
{
    public const string ProbeLogKey = "Jobs:ProbeLog";
    public const string ProbeSecondsKey = "Jobs:ProbeSeconds";

    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration, JobSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddIngestion();
        services.AddSingleton<IScheduledJob, ClassifyJob>();
        services.AddSingleton<IScheduledJob, RetrainJob>();
        services.AddSingleton<IScheduledJob, QuarterlySnapshotJob>();
        // The quarterly KPI email: SMTP settings from the same configuration (section Email; the password from the environment).
        services.AddSingleton<IScheduledJob>(sp =>
        {
            var email = new Email.EmailOptions();
            configuration.GetSection(Email.EmailOptions.Section).Bind(email);
            return new Email.QuarterlyKpiEmailJob(settings.Warehouse, email, sp.GetRequiredService<TimeProvider>(),
                Microsoft.Extensions.Logging.LoggerFactoryExtensions.CreateLogger<Email.QuarterlyKpiEmailJob>(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        });
        // The probe exists only for the multi-worker test, which configures it through environment variables.
        if (configuration[$"{JobSchedules.Section}:{ProbeJob.JobName}:Cron"] is not null && configuration[ProbeLogKey] is { } log)
            services.AddSingleton<IScheduledJob>(new ProbeJob(log,
                TimeSpan.FromSeconds(double.TryParse(configuration[ProbeSecondsKey], System.Globalization.CultureInfo.InvariantCulture, out var hold) ? hold : 0)));
        services.TryAddSingleton(sp =>
        {
            var sources = sp.GetRequiredService<SourceRegistry>();
            var harvests = sources.All.Select(source => new HarvestJob(source, settings, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), sp.GetService<IBackgroundJobClient>()));
            return new ScheduledJobRegistry([.. sp.GetServices<IScheduledJob>(), .. harvests], sources);
        });
        services.TryAddTransient<ScheduledJobRunner>();
        return services;
    }
}
