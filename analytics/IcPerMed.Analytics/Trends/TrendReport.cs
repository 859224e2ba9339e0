using IcPerMed.Analytics.Coverage;

namespace IcPerMed.Analytics.Trends;

/// <summary>
/// Trends per year and per quarter per challenge, up to the reference quarter, the forecast after it (or why there is
/// none), and the coverage of each source the trends rest on.
/// </summary>
/// <param name="Coverage">The period each source covers; null in snapshots taken before coverage was recorded.</param>
/// <param name="ForecastRefusal">Why there is no forecast, e.g. "not enough covered quarters: 5 of 8 needed"; null when there is one.</param>
public sealed record TrendReport(
    string Quarter,
    IReadOnlyList<TrendPoint> Yearly,
    IReadOnlyList<TrendPoint> Quarterly,
    IReadOnlyList<ChallengeForecast> Forecasts,
    IReadOnlyList<SourceCoverage>? Coverage = null,
    string? ForecastRefusal = null)
{
    /// <summary>How the forecast is made, for every table, chart and report that shows it.</summary>
    public const string ForecastMethod =
        "Holt's linear exponential smoothing of the quarterly apportioned funding of each challenge and of the projects " +
        "touching none, smoothing weights chosen by least squares of one-step errors on a 0.05 grid; 95 % prediction " +
        "interval from the residual variance (ETS(A,A,N)); values and lower bounds clipped at 0. 'All' is the sum of " +
        "those six forecasts, its interval the sum of their bounds, so the parts add up to the whole. Made only from an " +
        "unbroken run of at least 8 quarters that a source covers, ending at the reference quarter.";

    /// <summary>What the forecast rests on when there is none, in one sentence for a page or table.</summary>
    public string ForecastText => ForecastRefusal is { } why ? "No forecast: " + why + "." : ForecastMethod;

    public TrendPoint? Find(string period, string challenge) =>
        Yearly.Concat(Quarterly).FirstOrDefault(p => p.Period == period && p.Challenge == challenge);
}
