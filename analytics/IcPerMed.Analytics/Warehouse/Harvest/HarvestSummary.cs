namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>What one committed harvest run did, as stored in <c>harvest_run</c>.</summary>
public sealed record HarvestSummary(
    long RunId,
    string Source,
    string Origin,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long Projects,
    long ProjectsInserted,
    long ProjectsUpdated,
    long ProjectsUnchanged,
    long Organisations,
    long Participations,
    long Quarantined)
{
    /// <summary>Failed attempts on the wire that were retried (HTTP 5xx, 429, timeouts, bodies cut short).</summary>
    public int Retries { get; init; }

    /// <summary>What was retried, e.g. "HTTP 500 x2, HTTP 429 (Retry-After 1 s) x1"; null when nothing was.</summary>
    public string? RetryDetail { get; init; }
}
