using Hangfire.Common;
using Hangfire.Server;
using IcPerMed.Dashboards.Web.Schedules;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// Records each run of a <see cref="ScheduledJobRunner"/> in the <see cref="JobRunLog"/>: "running" when it starts,
/// then its outcome and duration. A Hangfire server filter, so the runner's signature (stored with every queued job)
/// stays as it is. Hangfire's filters are global: <see cref="Instance"/> is added once per process.
/// </summary>
public sealed class LastRunFilter(TimeProvider time) : IServerFilter
{
    private const string Started = "icpermed:started";

    /// <summary>The one instance Hangfire's global filters hold.</summary>
    public static LastRunFilter Instance { get; } = new(TimeProvider.System);

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (JobName(context.BackgroundJob.Job) is not { } name) return;
        var started = time.GetUtcNow();
        context.Items[Started] = started;
        JobRunLog.Write(context.Connection, name, new JobRun(JobRunOutcome.Running, started, null, null, context.BackgroundJob.Id));
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (JobName(context.BackgroundJob.Job) is not { } name || !context.Items.TryGetValue(Started, out var value) || value is not DateTimeOffset started) return;
        // Hangfire wraps what the job threw; the job's own message is what an admin can act on.
        var error = context.Exception is { } e ? (e.InnerException ?? e).Message : null;
        var outcome = error is null ? JobRunOutcome.Succeeded : JobRunOutcome.Failed;
        JobRunLog.Write(context.Connection, name, new JobRun(outcome, started, time.GetUtcNow() - started, error, context.BackgroundJob.Id));
    }

    // Only the scheduled jobs: ScheduledJobRunner.RunAsync(name, fire, token).
    private static string? JobName(Job? job) =>
        job?.Type == typeof(ScheduledJobRunner) && job.Args.Count > 0 ? job.Args[0] as string : null;
}
