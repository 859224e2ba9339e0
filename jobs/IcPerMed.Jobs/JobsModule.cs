using IcPerMed.Analytics;
using IcPerMed.Jobs.Classify;
using IcPerMed.Jobs.Email;
using IcPerMed.Jobs.Scheduling;
using IcPerMed.Jobs.Scheduling.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs;

/// <summary>The jobs module in a host: its options and every scheduled job, runnable at once (<c>icpermed jobs run</c>).</summary>
public static class JobsModule
{
    /// <summary>
    /// Binds <see cref="JobsOptions"/> (section <c>Jobs</c>), <see cref="ClassificationOptions"/> (section
    /// <c>Classification</c>, checked when the host is built: <see cref="ClassificationOptionsValidation"/>) and
    /// <see cref="EmailOptions"/> (section <c>Email</c>, its sender checked by <see cref="EmailOptionsValidation"/>; the SMTP password from <c>ICPERMED_Email__Password</c>, never
    /// logged) and registers the scheduled jobs and their registry.
    /// When they fire (Quartz) and where they run (Hangfire) is <see cref="Serve.JobHosting.AddJobScheduling"/>, for
    /// <c>serve</c> only.
    /// </summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        builder.Services.AddOptions<ClassificationOptions>().BindConfiguration(ClassificationOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClassificationOptions>, ClassificationOptionsValidation>());
        builder.Services.AddOptions<EmailOptions>().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidation>());
        var warehouse = builder.Configuration.GetSection(WarehouseOptions.Section).Get<WarehouseOptions>() ?? new();
        builder.Services.AddScheduledJobs(builder.Configuration, new JobSettings(warehouse.Resolved, warehouse.DuckDbMemoryLimit));
        return builder;
    }
}
