using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// What Hangfire executes: one <see cref="IScheduledJob"/> by name. Hangfire keeps its history and retries a failed
/// run with back-off (1, 5, then 15 minutes), so a source that is down at 03:00 is read again later the same night.
/// </summary>
public sealed class ScheduledJobRunner(ScheduledJobRegistry registry, IEnumerable<IJobRunObserver> observers, ILogger<ScheduledJobRunner> logger)
{
    /// <param name="name">The job's name.</param>
    /// <param name="scheduledFire">The Quartz scheduled fire time (UTC) that queued this run, so the same fire is recognisable in history and logs; null when queued by hand or by another job.</param>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisplayName("{0} (fire {1})")]
    public async Task RunAsync(string name, DateTimeOffset? scheduledFire, CancellationToken cancellationToken)
    {
        var job = registry.Get(name);
        ScheduledFire.Current = scheduledFire;
        using var scope = logger.BeginScope("job {Job} fire {Fire}", name, scheduledFire);
        logger.LogInformation("Job {Job} started (scheduled fire {Fire})", name, scheduledFire);
        var progress = new SynchronousProgress(line => logger.LogInformation("{Job}: {Progress}", name, line));
        await job.RunAsync(progress, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Job {Job} finished", name);
        // The job's work is committed: an observer that fails must not have Hangfire retry it (a second harvest).
        foreach (var observer in observers)
        {
            try
            {
                observer.Finished(name);
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "Job {Job} finished, but {Observer} failed after it", name, observer.GetType().Name);
            }
        }
    }
}
