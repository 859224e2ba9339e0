namespace IcPerMed.Analytics.Warehouse;

/// <summary>A stored quarantine row: which file, line and field, and why.</summary>
public sealed record QuarantineEntry(long Id, long HarvestRunId, string Source, string? File, long? Line, string? Field,
    string Reason, string? SourceId, string? Raw);
