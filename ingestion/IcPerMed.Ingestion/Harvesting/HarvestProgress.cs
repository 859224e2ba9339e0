namespace IcPerMed.Ingestion.Harvesting;

/// <summary>Progress of a read: which file, how many records so far, how many bytes of how many.</summary>
public sealed record HarvestProgress(string File, long Records, long BytesRead, long? BytesTotal);
