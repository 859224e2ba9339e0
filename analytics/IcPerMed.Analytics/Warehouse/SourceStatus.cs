namespace IcPerMed.Analytics.Warehouse;

/// <summary>The last run of a source.</summary>
public sealed record RunInfo(long Id, string Status, string Origin, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    /// <summary>Whether the run failed because its process died before it finished (see <see cref="HarvestRun.InterruptedReason"/>).</summary>
    public bool Interrupted => HarvestRun.IsInterrupted(Status, Error);

    /// <summary>"failed (interrupted)" for a run whose process died, else the status.</summary>
    public string Outcome => HarvestRun.Describe(Status, Error);
}

/// <summary>
/// What the warehouse holds of one source: projects, organisations, participations, the records quarantined by its
/// last successful run, its last run of any outcome, and its PM projects and abstentions for insufficient text and for a
/// language the model was not trained on.
/// </summary>
public sealed record SourceStatus(
    string Source,
    long Projects,
    long Organisations,
    long Participations,
    long Quarantined,
    RunInfo? LastRun,
    RunInfo? LastSuccessfulRun)
{
    /// <summary>PM projects as every KPI counts them (analyst overrides win; abstentions count as not PM).</summary>
    public long Pm { get; init; }

    /// <summary>Projects the classifier abstained on: title only or too few words, counted as not PM.</summary>
    public long InsufficientText { get; init; }

    /// <summary>Projects the classifier abstained on: text in a language the model was not trained on, counted as not PM.</summary>
    public long LanguageNotSupported { get; init; }
}
