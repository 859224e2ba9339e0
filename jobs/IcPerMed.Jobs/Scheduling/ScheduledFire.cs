namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// The Quartz fire a running job belongs to (null when run from the CLI): an ambient value so that
/// <see cref="IScheduledJob.RunAsync"/> stays the simple contract shared with the email job.
/// </summary>
public static class ScheduledFire
{
    private static readonly AsyncLocal<DateTimeOffset?> current = new();

    /// <summary>The scheduled fire time (UTC) of the run in progress on this async flow.</summary>
    public static DateTimeOffset? Current
    {
        get => current.Value;
        internal set => current.Value = value;
    }
}
