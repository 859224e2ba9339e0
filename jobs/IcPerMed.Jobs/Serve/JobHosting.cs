using Hangfire;
using Hangfire.PostgreSql;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Analytics;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// Quartz (when) and Hangfire (run, retry, history) inside <c>icpermed serve</c>. Embedded warehouse: both in memory,
/// one process. PostgreSQL warehouse: Quartz's clustered ADO store (tables qrtz_*) and Hangfire.PostgreSql (schema
/// <see cref="JobsOptions.HangfireSchema"/>, default hangfire) on the same server, so several workers share the schedules and the queue.
/// </summary>
public static class JobHosting
{
    /// <summary>Hangfire's own dashboard (queue, history, retries); the schedules are on <see cref="SchedulesPath"/>.</summary>
    public const string DashboardPath = "/jobs/hangfire";

    /// <summary>The admin Jobs page: every schedule, next fire, last run, "Run now" (<see cref="QuartzScheduleBoard"/>).</summary>
    public const string SchedulesPath = "/admin/jobs";

    /// <summary>
    /// Hangfire's dashboard under the site's policy plus inline styles. Under <c>style-src 'self'</c> Chromium blocks (and
    /// logs) the style element its chart script adds on the overview and the style attributes of a job's details page
    /// (Hangfire 1.8.25; HangfireIO/Hangfire#1897 moved only its own pages' attributes to CSS). Scripts stay same-site
    /// only and styles run no code; a hash would break with every Hangfire release.
    /// </summary>
    public static readonly string DashboardContentSecurityPolicy =
        SecurityHeaders.ContentSecurityPolicy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    /// <summary>
    /// Quartz and a Hangfire server over the jobs <see cref="JobsModule.AddJobs"/> registered, on the warehouse of
    /// <see cref="WarehouseOptions"/>; polling, workers and schema from <see cref="JobsOptions"/>.
    /// </summary>
    public static IHostApplicationBuilder AddJobScheduling(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (services, configuration) = (builder.Services, builder.Configuration);
        // Where the queue and the schedules live is decided once, at start: the in-memory or the PostgreSQL stores.
        var warehouse = (configuration.GetSection(WarehouseOptions.Section).Get<WarehouseOptions>() ?? new()).Resolved;
        var server = WarehouseLocation.IsPostgres(warehouse);
        services.AddHostedService<SchedulerLogRelease>();
        services.AddHangfire((provider, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            AddLastRunFilterOnce();
            var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            if (server)
                hangfire.UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(warehouse), new PostgreSqlStorageOptions
                {
                    SchemaName = jobs.HangfireSchema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = jobs.Poll,
                });
            else
                hangfire.UseInMemoryStorage();
        });
        services.AddHangfireServer((provider, options) =>
        {
            var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            options.WorkerCount = jobs.Workers;
            options.SchedulePollingInterval = jobs.Poll;
        });
        if (server)
            services.AddHostedService(_ => new QuartzTables(warehouse));
        // The sources registered so far (AddIngestion registers instances): a source added by a host gets its trigger too.
        var sources = RegisteredSources(services);
        services.AddQuartz(quartz => ConfigureQuartz(quartz, configuration, server ? warehouse : null, sources));
        // Workers starting together must not replace a trigger another worker has just acquired: that fires it twice.
        // A trigger's key carries its schedule's fingerprint instead, so a changed schedule is a new trigger.
        services.Configure<QuartzOptions>(options =>
        {
            options.Scheduling.IgnoreDuplicates = true;
            options.Scheduling.OverWriteExistingData = false;
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService(sp => new StaleTriggerCleanup(sp.GetRequiredService<ISchedulerFactory>(), CurrentTriggers(configuration, sources)));
        return builder;
    }

    /// <summary>The scheduler: one durable job and one cron trigger per enabled schedule of a registered job.</summary>
    internal static void ConfigureQuartz(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration, string? postgres,
        SourceRegistry? sources = null)
    {
        quartz.SchedulerName = "icpermed";
        quartz.SchedulerId = "AUTO";
        // A fire more than a minute late counts as missed and follows the trigger's misfire policy.
        quartz.MisfireThreshold = TimeSpan.FromMinutes(1);
        if (postgres is null)
            quartz.UseInMemoryStore();
        else
            quartz.UsePersistentStore(store =>
            {
                store.UseProperties = false;
                store.UsePostgres(db => { db.ConnectionString = postgres; db.TablePrefix = "qrtz_"; });
                store.UseClustering(cluster => cluster.CheckinInterval = TimeSpan.FromSeconds(5));
                store.UseSerializer<JobDataSerializer>();
            });
        foreach (var name in ScheduledJobNames(configuration, sources))
            AddSchedule(quartz, name, JobSchedules.For(configuration, name, sources));
    }

    /// <summary>Every job name with a default (of the built-in or the given sources) or configured schedule.</summary>
    public static IEnumerable<string> ScheduledJobNames(IConfiguration configuration, SourceRegistry? sources = null) =>
        (sources is null ? JobSchedules.Defaults : JobSchedules.DefaultsFor(sources)).Keys
            .Union(configuration.GetSection(JobSchedules.Section).GetChildren().Select(c => c.Key)).Order(StringComparer.Ordinal);

    /// <summary>The registry of the sources registered in <paramref name="services"/> so far, or the built-in ones.</summary>
    internal static SourceRegistry RegisteredSources(IServiceCollection services)
    {
        var registered = services.Where(d => d.ServiceType == typeof(SourceRegistration) && d.ImplementationInstance is SourceRegistration)
            .Select(d => (SourceRegistration)d.ImplementationInstance!).ToList();
        return registered.Count == 0 ? SourceRegistry.BuiltIn : new SourceRegistry(registered);
    }

    internal static void AddSchedule(IServiceCollectionQuartzConfigurator quartz, string name, JobSchedule schedule)
    {
        if (!schedule.Enabled || schedule.Cron is null)
            return;
        if (ScheduleCalendar.Problem(schedule.Cron) is { } problem)
            throw new InvalidDataException($"Schedules:{name}:Cron '{schedule.Cron}': {problem}");
        var zone = schedule.Zone(name);
        quartz.AddJob<EnqueueOnFire>(job => job.WithIdentity(name).StoreDurably().WithDescription(name));
        quartz.AddTrigger(trigger => trigger.ForJob(name).WithIdentity(TriggerKey(name, schedule)).WithCronSchedule(schedule.Cron, cron =>
            ApplyMisfire(cron.InTimeZone(zone), schedule.Misfire)));
    }

    /// <summary>The Quartz misfire instruction of a policy: FireOnceNow is Quartz's FireAndProceed (one fire, then back on schedule).</summary>
    public static CronScheduleBuilder ApplyMisfire(CronScheduleBuilder cron, MisfirePolicy policy) =>
        policy == MisfirePolicy.FireOnceNow ? cron.WithMisfireHandlingInstructionFireAndProceed() : cron.WithMisfireHandlingInstructionDoNothing();

    /// <summary>The trigger of a schedule: the job's name and a fingerprint of cron, zone and misfire policy.</summary>
    internal static TriggerKey TriggerKey(string name, JobSchedule schedule)
    {
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{schedule.Cron}|{schedule.TimeZone}|{schedule.Misfire}")))[..8];
        return new TriggerKey($"{name}.{fingerprint}");
    }

    private static HashSet<TriggerKey> CurrentTriggers(IConfiguration configuration, SourceRegistry sources) =>
        [.. ScheduledJobNames(configuration, sources).Select(name => (name, schedule: JobSchedules.For(configuration, name, sources)))
            .Where(s => s.schedule.Enabled && s.schedule.Cron is not null).Select(s => TriggerKey(s.name, s.schedule))];

    /// <summary>The Hangfire dashboard at <see cref="DashboardPath"/>, admins only; its "back to site" leads to the schedules.</summary>
    public static void MapJobDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminOnlyJobDashboard()],
            DashboardTitle = "icpermed jobs",
            AppPath = SchedulesPath,
        }).WithContentSecurityPolicy(DashboardContentSecurityPolicy);
        // /jobs was Hangfire's dashboard until the schedules page came: links and bookmarks to it land on the schedules.
        endpoints.MapGet("/jobs", () => Results.Redirect(SchedulesPath));
    }

    // Hangfire's filters are global to the process, and tests and bench web build several hosts in one.
    private static void AddLastRunFilterOnce()
    {
        lock (GlobalJobFilters.Filters)
            if (!GlobalJobFilters.Filters.Any(f => ReferenceEquals(f.Instance, LastRunFilter.Instance)))
                GlobalJobFilters.Filters.Add(LastRunFilter.Instance);
    }
}
