namespace IcPerMed.Analytics.Trends;

/// <summary>
/// One period of one challenge's series ("all" for every PM project, "none" for those touching no challenge).
/// </summary>
/// <param name="Period">A year (2026) or a quarter (2026Q3).</param>
/// <param name="Challenge">c1 .. c5, none, or all.</param>
/// <param name="Projects">PM projects starting in the period that touch the challenge; null when no source covers the period.</param>
/// <param name="FundingAnyMatch">Their grants, each in full (EUR); null when no source covers the period (no data is not 0).</param>
/// <param name="FundingApportioned">Their grants split across their challenges (EUR); null likewise.</param>
/// <param name="GrowthOnPrevious">Any-match funding growth on the previous period, %; null when it cannot be computed (<paramref name="GrowthOnPreviousNote"/> says why).</param>
/// <param name="GrowthOnYearBefore">Growth on the same period a year before, % (for years, the same as GrowthOnPrevious); null likewise.</param>
/// <param name="Coverage">covered, partial or no data (<see cref="Coverage.PeriodCoverage"/>).</param>
/// <param name="ProjectsWithoutAmount">Of <paramref name="Projects"/>, those with no grant amount (counted, but adding nothing to the money).</param>
/// <param name="GrowthOnPreviousNote">Why GrowthOnPrevious is null, e.g. "n/a: no data in 2023"; null when it is computed or there is no previous period.</param>
/// <param name="GrowthOnYearBeforeNote">Why GrowthOnYearBefore is null, likewise.</param>
public sealed record TrendPoint(
    string Period,
    string Challenge,
    long? Projects,
    decimal? FundingAnyMatch,
    decimal? FundingApportioned,
    decimal? GrowthOnPrevious,
    decimal? GrowthOnYearBefore,
    string Coverage = Analytics.Coverage.PeriodCoverage.Covered,
    long? ProjectsWithoutAmount = null,
    string? GrowthOnPreviousNote = null,
    string? GrowthOnYearBeforeNote = null)
{
    /// <summary>Whether a source covers the period at least in part, so its values are numbers rather than no data.</summary>
    public bool HasData => Coverage != Analytics.Coverage.PeriodCoverage.NoData;
}

/// <summary>
/// The next quarters of one series' apportioned funding: c1 .. c5 and none forecast from their quarterly series, all as
/// the sum of those six, so the parts always add up to the whole.
/// </summary>
public sealed record ChallengeForecast(string Challenge, IReadOnlyList<string> Quarters, SeriesForecast Forecast);
