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
    long Quarantined);
