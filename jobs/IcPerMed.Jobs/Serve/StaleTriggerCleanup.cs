using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Impl.Matchers;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// Removes the triggers of schedules that changed or were disabled since they were stored (the PostgreSQL store keeps
/// them across restarts), once Quartz has started. Registered after Quartz's hosted service.
/// </summary>
public sealed class StaleTriggerCleanup(ISchedulerFactory factory, IReadOnlySet<TriggerKey> current) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var stored = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(SchedulerConstants.DefaultGroup), cancellationToken).ConfigureAwait(false);
        foreach (var stale in stored.Where(key => !current.Contains(key)))
            await scheduler.UnscheduleJob(stale, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
