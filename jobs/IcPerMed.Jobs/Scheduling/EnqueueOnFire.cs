using Hangfire;
using Quartz;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// The only Quartz job: when a trigger fires it queues the scheduled job on Hangfire and returns. Quartz owns time
/// (one fire per trigger across a cluster); Hangfire owns execution (queue, retries, history, dashboard).
/// </summary>
public sealed class EnqueueOnFire(IBackgroundJobClient jobs) : IJob
{
    public Task Execute(IJobExecutionContext context)
    {
        var name = context.JobDetail.Key.Name;
        var fire = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        jobs.Enqueue<ScheduledJobRunner>(runner => runner.RunAsync(name, fire, CancellationToken.None));
        return Task.CompletedTask;
    }
}
