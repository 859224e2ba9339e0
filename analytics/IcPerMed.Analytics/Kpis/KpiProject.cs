namespace IcPerMed.Analytics.Kpis;

/// <summary>A project behind a KPI value, gap cell or trend point: enough to recognise it and open it.</summary>
public sealed record KpiProject(
    string Source,
    string SourceId,
    string? Title,
    DateOnly? StartDate,
    DateOnly? EndDate,
    decimal? FundingEur,
    string? FunderId,
    string? LeadCountry,
    IReadOnlyList<string> Challenges);
