using Hangfire;
using IcPerMed.Ingestion;
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
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration, JobSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The host's way of sharing a DuckDB file (a command's or the dashboard's) is known once its options are built.
        services.AddSingleton(sp => settings with
        {
            Sharing = sp.GetService<Microsoft.Extensions.Options.IOptions<Analytics.WarehouseOptions>>()?.Value.Sharing ?? settings.Sharing,
        });
        services.AddIngestion();
        services.AddSingleton<IScheduledJob, ClassifyJob>();
        services.AddSingleton<IScheduledJob, RetrainJob>();
        services.AddSingleton<IScheduledJob, QuarterlySnapshotJob>();
        // The quarterly KPI email: SMTP settings from section Email (the password from the environment, never logged).
        services.AddOptions<Email.EmailOptions>().Bind(configuration.GetSection(Email.EmailOptions.Section));
        services.AddSingleton<IScheduledJob>(sp =>
        {
            var email = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Email.EmailOptions>>().Value;
            return new Email.QuarterlyKpiEmailJob(sp.GetRequiredService<JobSettings>(), email, sp.GetRequiredService<TimeProvider>(),
                Microsoft.Extensions.Logging.LoggerFactoryExtensions.CreateLogger<Email.QuarterlyKpiEmailJob>(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        });
        // The probe exists only for the multi-worker test, which configures it through environment variables.
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new();
        if (configuration[$"{JobSchedules.Section}:{ProbeJob.JobName}:Cron"] is not null && jobs.ProbeLog is { } log)
            services.AddSingleton<IScheduledJob>(new ProbeJob(log, TimeSpan.FromSeconds(jobs.ProbeSeconds)));
        services.TryAddSingleton(sp =>
        {
            var sources = sp.GetRequiredService<SourceRegistry>();
            var ingestion = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestionOptions>>().Value;
            var harvests = sources.All.Select(source => new HarvestJob(source, settings, ingestion, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), sp.GetService<IBackgroundJobClient>()));
            return new ScheduledJobRegistry([.. sp.GetServices<IScheduledJob>(), .. harvests], sources);
        });
        services.TryAddTransient<ScheduledJobRunner>();
        return services;
    }
}
