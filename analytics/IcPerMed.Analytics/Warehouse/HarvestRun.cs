namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// One harvest run as <c>harvest_run</c> records it. The counts are null until the run succeeds: a running or
/// failed run records none.
/// </summary>
/// <param name="Status">running, succeeded or failed (see <see cref="Outcome"/> for "failed (interrupted)").</param>
/// <param name="Origin">The file or URL read.</param>
/// <param name="ProjectsRead">Distinct projects the run read; inserted + updated + unchanged.</param>
/// <param name="Quarantined">Records the run set aside, with file, line, field and reason (see the quarantine).</param>
public sealed record HarvestRun(
    long Id,
    string Source,
    string Origin,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    string? Error,
    long? ProjectsRead,
    long? ProjectsInserted,
    long? ProjectsUpdated,
    long? ProjectsUnchanged,
    long? OrganisationsRead,
    long? ParticipationsRead,
    long? Quarantined)
{
    /// <summary>Failed attempts on the wire that were retried; null for runs stored before schema version 5.</summary>
    public long? Retries { get; init; }

    /// <summary>What was retried, e.g. "HTTP 500 x2, timeout x1".</summary>
    public string? RetryDetail { get; init; }

    /// <summary>
    /// How the error of a run whose process died begins (kill -9, a crash): such a run is failed "interrupted" by the
    /// next harvest or status (<see cref="Warehouse.MarkInterruptedRunsAsync"/>).
    /// </summary>
    public const string InterruptedReason = "interrupted";

    /// <summary>Whether the run failed because its process died before it finished.</summary>
    public bool Interrupted => IsInterrupted(Status, Error);

    /// <summary>The status as people read it: "failed (interrupted)" for a run whose process died, else the status.</summary>
    public string Outcome => Describe(Status, Error);

    internal static bool IsInterrupted(string status, string? error) =>
        status == "failed" && error is not null && error.StartsWith(InterruptedReason, StringComparison.Ordinal);

    internal static string Describe(string status, string? error) => IsInterrupted(status, error) ? $"{status} ({InterruptedReason})" : status;
}
