namespace IcPerMed.Analytics.Exports;

/// <summary>A project as analysts export it: the record, its money, its countries and its classification.</summary>
public sealed record ExportProject(
    string Source,
    string SourceId,
    string? Acronym,
    string? Title,
    string? Abstract,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? FunderId,
    decimal? FundingAmount,
    string? FundingCurrency,
    decimal? FundingEur,
    double? EurRate,
    DateOnly? EurRateDate,
    string? LeadCountry,
    string? Countries,
    bool? Pm,
    IReadOnlyList<bool?> Challenges,
    string? DecidedBy,
    string? ModelVersion,
    double? PmScore,
    long HarvestRunId,
    DateTimeOffset FetchedAt);
