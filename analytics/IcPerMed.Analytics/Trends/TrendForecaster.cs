using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Trends;

/// <summary>
/// Forecasts the quarters after the reference quarter from the covered quarters only, or says why it will not.
/// </summary>
internal static class TrendForecaster
{
    /// <summary>
    /// The fewest covered quarters a forecast is made from. Holt's method spends two points on its start (level and
    /// trend) and fits two weights on the one-step errors of the rest; with 8 quarters there are 6 errors and the
    /// residual variance keeps 4 degrees of freedom, and two years show every quarter of the year twice, so one
    /// strong call round is not read as a trend.
    /// </summary>
    public const int FewestCoveredQuarters = 8;

    /// <summary>The forecasts (c1 .. c5, none, all) or, when there are none, why.</summary>
    public static (IReadOnlyList<ChallengeForecast> Forecasts, string? Refusal) Forecast(Quarter reference, IReadOnlyList<string> challenges,
        IReadOnlyList<Quarter> quarters, IReadOnlyList<TrendPoint> quarterly, CoverageMap coverage)
    {
        var run = coverage.CoveredRunToReference().Where(q => q >= quarters[0]).ToList();
        if (run.Count < FewestCoveredQuarters)
            return ([], Refusal(run, reference, coverage));
        var ahead = Enumerable.Range(1, TrendBuilder.Horizon).Select(h => Quarter.FromIndex(reference.Index + h).ToString()).ToList();
        var byKey = quarterly.ToDictionary(p => (p.Period, p.Challenge));
        var parts = challenges.Append("none").Select(challenge => new ChallengeForecast(challenge, ahead,
            HoltForecast.Predict([.. run.Select(q => (double)(byKey[(q.ToString(), challenge)].FundingApportioned ?? 0m))], TrendBuilder.Horizon))).ToList();
        return ([.. parts, new ChallengeForecast("all", ahead, Sum(parts))], null);
    }

    /// <summary>
    /// The whole as the sum of its parts: value, lower and upper bound added step by step (the bounds' sum is wider
    /// than an interval for independent parts would be, never narrower).
    /// </summary>
    private static SeriesForecast Sum(List<ChallengeForecast> parts)
    {
        var first = parts[0].Forecast;
        var points = first.Points.Select((p, i) => new ForecastPoint(p.Step, parts.Sum(f => f.Forecast.Points[i].Value),
            parts.Sum(f => f.Forecast.Points[i].Lower), parts.Sum(f => f.Forecast.Points[i].Upper))).ToList();
        var deviation = Math.Sqrt(parts.Sum(f => f.Forecast.ResidualStandardDeviation * f.Forecast.ResidualStandardDeviation));
        return new SeriesForecast(SumMethod, 0, 0, deviation, first.Level, points);
    }

    public const string SumMethod = "sum of the parts' forecasts";

    private static string Refusal(List<Quarter> run, Quarter reference, CoverageMap coverage)
    {
        var needed = $"not enough covered quarters: {run.Count} of {FewestCoveredQuarters} needed";
        if (run.Count > 0)
            return $"{needed} ({run[0]} – {reference} is the unbroken run of covered quarters ending at {reference})";
        return coverage.LastCovered is { } last
            ? $"{needed}; no source covers {(last.Next == reference ? reference.ToString() : $"{last.Next} – {reference}")} (the newest covered quarter is {last})"
            : $"{needed}; no source covers any quarter up to {reference}";
    }
}
