namespace IcPerMed.Analytics.Linking;

/// <summary>One project record carrying one shared key (a record may carry several).</summary>
/// <param name="Kind">The key's kind, e.g. "eu-grant".</param>
/// <param name="Code">The key's normalised code, e.g. "101034427".</param>
/// <param name="FundingEur">The record's own funding in EUR, when known.</param>
public sealed record LinkCandidate(string Source, string SourceId, string Kind, string Code, string? FunderId, decimal? FundingEur);
