namespace IcPerMed.Analytics.Warehouse.Staging;

/// <summary>A record with the run-level provenance the session stamps on it.</summary>
public sealed record StagedRow<T>(T Record, long HarvestRunId, DateTimeOffset FetchedAt);
