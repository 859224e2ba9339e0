using System.Collections.Concurrent;

namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>
/// What went wrong on the wire during one harvest and was retried: one entry per failed attempt, so the run summary
/// can say "4 retried: HTTP 500 x2, HTTP 429 (Retry-After 1 s) x1, timeout x1" and the harvest_run row keeps it.
/// </summary>
public sealed class HarvestIncidents
{
    private readonly ConcurrentQueue<HarvestIncident> entries = new();

    public IReadOnlyCollection<HarvestIncident> Entries => entries;

    public int Retries => entries.Count;

    public void Record(HarvestIncident incident) => entries.Enqueue(incident);

    /// <summary>"HTTP 500 x2, timeout x1", or "none".</summary>
    public string Describe() => entries.IsEmpty
        ? "none"
        : string.Join(", ", entries.GroupBy(e => e.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} x{g.Count()}"));
}

/// <summary>One failed attempt that was retried.</summary>
/// <param name="Url">The request's URL.</param>
/// <param name="Attempt">1 for the first attempt.</param>
/// <param name="Reason">"HTTP 500", "HTTP 429 (Retry-After 2 s)", "timeout", "connection closed mid-body", "malformed body".</param>
/// <param name="Delay">How long we waited before the next attempt.</param>
public sealed record HarvestIncident(string Url, int Attempt, string Reason, TimeSpan Delay);
