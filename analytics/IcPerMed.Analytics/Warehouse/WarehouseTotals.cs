namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// Counts and EUR sums per source: the figures that must match between two harvests of the same data and between
/// the two stores.
/// </summary>
public sealed record WarehouseTotals(
    string Source,
    long Projects,
    long Organisations,
    long Participations,
    long Subjects,
    decimal FundingEur,
    decimal ContributionEur,
    decimal TotalCostEur);
