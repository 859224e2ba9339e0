namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// One job the service runs on a schedule (Quartz decides when, Hangfire runs it and retries it) or at once from the
/// CLI (<c>icpermed jobs run NAME</c>): a harvest, classification, retraining, the quarterly snapshot and KPI email.
/// Implementations are registered in DI as <see cref="IScheduledJob"/>; the name is what schedules and the CLI use.
/// </summary>
public interface IScheduledJob
{
    /// <summary>The job's name in schedules, the CLI and the job dashboard, e.g. <c>harvest-cordis</c>, <c>quarterly-email</c>.</summary>
    string Name { get; }

    /// <summary>What the job does, for <c>icpermed jobs list</c>.</summary>
    string Description { get; }

    /// <summary>Runs the job once. Must be safe to run again after a failure or a retry (Hangfire retries it).</summary>
    /// <param name="progress">Progress lines for the CLI and the logs.</param>
    Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken);
}
