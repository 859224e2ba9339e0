namespace IcPerMed.Analytics.Trends;

/// <summary>
/// Forecasts a quarterly funding series by Holt's linear (additive-trend) exponential smoothing, written by hand
/// because ML.NET's TimeSeries package is not available to us.
/// </summary>
public static partial class HoltForecast
{
    internal const string HoltMethod = "Holt linear exponential smoothing";

    // Holt needs two points to start (level and trend) and then errors to fit α and β and estimate σ: with 3 points
    // there is a single error for two weights, so a short series gets the mean instead.
    internal const int FewestPointsForHolt = 4;

    /// <summary>
    /// Forecasts <paramref name="horizon"/> steps past the end of <paramref name="series"/> with prediction intervals
    /// of coverage <paramref name="level"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Holt's method starts from level y[0] and trend y[1] − y[0], and takes the α and β (0.05 to 0.95 in steps of
    /// 0.05; on a tie the smaller α, then the smaller β) that minimise the squared one-step errors from y[2] on.
    /// The interval is value ± z·√var_h with σ² = SSE / max(1, errors − 2) and the ETS(A,A,N) variance of
    /// Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice".
    /// </para>
    /// <para>
    /// With fewer than 4 points the forecast is the mean of the series at every step ("mean of the series"), with
    /// σ the sample standard deviation (0 for one point) and interval mean ± z·σ·√(1 + 1/n). An empty series
    /// forecasts 0 with a zero-width interval ("empty series").
    /// </para>
    /// <para>
    /// Funding and project counts cannot be negative, so Value and Lower are clipped at 0 (and Upper too, so it
    /// never falls below Value).
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The horizon is below 1, the level is not strictly between 0 and 1, or a value is NaN or infinite.
    /// </exception>
    public static SeriesForecast Predict(IReadOnlyList<double> series, int horizon, double level = 0.95)
    {
        Validate(series, horizon, level);
        if (series.Count == 0)
            return Empty(horizon, level);
        if (series.Count < FewestPointsForHolt)
            return Mean(series, horizon, level);
        var (alpha, beta) = FitWeights(series);
        return PredictWith(series, horizon, level, alpha, beta);
    }

    /// <summary>Holt's forecast with given weights (no fitting); the series must already be valid and hold 4 points or more.</summary>
    internal static SeriesForecast PredictWith(IReadOnlyList<double> series, int horizon, double level, double alpha, double beta)
    {
        if (series.Count < FewestPointsForHolt)
            throw new ArgumentException($"Holt's method needs {FewestPointsForHolt} points, got {series.Count}", nameof(series));
        var fit = Smooth(series, alpha, beta);
        var variance = fit.SumOfSquares / Math.Max(1, fit.Errors - 2);
        var z = TwoSidedZ(level);
        // In the state-space form the trend moves by αβ times each error; the variance formula is written in that β.
        var stateBeta = alpha * beta;
        var points = new ForecastPoint[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            var growth = alpha * alpha + alpha * stateBeta * h + stateBeta * stateBeta * h * (2 * h - 1) / 6;
            var varianceH = variance * (1 + (h - 1) * growth);
            points[h - 1] = Point(h, fit.Level + h * fit.Trend, z * Math.Sqrt(varianceH));
        }
        return new SeriesForecast(HoltMethod, alpha, beta, Math.Sqrt(variance), level, points);
    }

    private static void Validate(IReadOnlyList<double> series, int horizon, double level)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "the interval level must lie strictly between 0 and 1");
        for (var i = 0; i < series.Count; i++)
        {
            if (!double.IsFinite(series[i]))
                throw new ArgumentException($"series[{i}] is {series[i]}: every value must be a finite number", nameof(series));
        }
    }

    /// <summary>The z that leaves (1 − level)/2 in each tail.</summary>
    private static double TwoSidedZ(double level) => NormalQuantile.Of((1 + level) / 2);

    /// <summary>A point with its interval, clipped at zero because money and counts cannot be negative.</summary>
    private static ForecastPoint Point(int step, double value, double halfWidth) =>
        new(step, Math.Max(0, value), Math.Max(0, value - halfWidth), Math.Max(0, value + halfWidth));
}
