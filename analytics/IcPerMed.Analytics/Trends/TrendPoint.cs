namespace IcPerMed.Analytics.Trends;

/// <summary>
/// One period of one challenge's series ("all" for every PM project, "none" for those touching no challenge).
/// </summary>
/// <param name="Period">A year (2026) or a quarter (2026Q3).</param>
/// <param name="Challenge">c1 .. c5, none, or all.</param>
/// <param name="Projects">PM projects starting in the period that touch the challenge.</param>
/// <param name="FundingAnyMatch">Their grants, each in full (EUR).</param>
/// <param name="FundingApportioned">Their grants split across their challenges (EUR).</param>
/// <param name="GrowthOnPrevious">Any-match funding growth on the previous period, %; null when that was 0.</param>
/// <param name="GrowthOnYearBefore">Growth on the same period a year before, %; null when that was 0 (for years, the same as GrowthOnPrevious).</param>
public sealed record TrendPoint(
    string Period,
    string Challenge,
    long Projects,
    decimal FundingAnyMatch,
    decimal FundingApportioned,
    decimal? GrowthOnPrevious,
    decimal? GrowthOnYearBefore);

/// <summary>The next quarters of one challenge's any-match funding, forecast from its quarterly series.</summary>
public sealed record ChallengeForecast(string Challenge, IReadOnlyList<string> Quarters, SeriesForecast Forecast);

/// <summary>Trends per year and per quarter per challenge, up to the reference quarter, and the forecast after it.</summary>
public sealed record TrendReport(
    string Quarter,
    IReadOnlyList<TrendPoint> Yearly,
    IReadOnlyList<TrendPoint> Quarterly,
    IReadOnlyList<ChallengeForecast> Forecasts)
{
    /// <summary>How the forecast is made, for every table, chart and report that shows it.</summary>
    public const string ForecastMethod =
        "Holt's linear exponential smoothing of the quarterly any-match funding, smoothing weights chosen by least " +
        "squares of one-step errors on a 0.05 grid; 95 % prediction interval from the residual variance (ETS(A,A,N)); " +
        "values and lower bounds clipped at 0; fewer than 4 quarters: the mean of the series.";

    public TrendPoint? Find(string period, string challenge) =>
        Yearly.Concat(Quarterly).FirstOrDefault(p => p.Period == period && p.Challenge == challenge);
}
