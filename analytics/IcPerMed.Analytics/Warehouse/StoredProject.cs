namespace IcPerMed.Analytics.Warehouse;

/// <summary>A project row as stored, with its money, derived values and provenance.</summary>
public sealed record StoredProject(
    string Source,
    string SourceId,
    string? Acronym,
    string? Title,
    string? Abstract,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Topic,
    decimal? FundingAmount,
    string? FundingCurrency,
    decimal? FundingEur,
    decimal? EurRate,
    DateOnly? EurRateDate,
    string? EurRateSource,
    string? FundingBasis,
    string? LeadCountry,
    long HarvestRunId,
    DateTimeOffset FetchedAt,
    string RawHash,
    string? SourceFile,
    long? SourceLine);
