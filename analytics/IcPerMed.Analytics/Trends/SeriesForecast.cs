namespace IcPerMed.Analytics.Trends;

/// <summary>A forecast of a series and how it was made.</summary>
/// <param name="Method">A short human name of the method, e.g. "Holt linear exponential smoothing" or the fallback's name.</param>
/// <param name="Alpha">The level smoothing weight; 0 when a fallback was used.</param>
/// <param name="Beta">
/// The trend smoothing weight of the component form, b_t = β·(ℓ_t − ℓ_{t−1}) + (1 − β)·b_{t−1}; 0 when a fallback was used.
/// </param>
/// <param name="ResidualStandardDeviation">The standard deviation of the one-step errors (Holt) or of the series (mean fallback).</param>
/// <param name="Level">The coverage of the prediction intervals, e.g. 0.95.</param>
/// <param name="Points">One point per step ahead, steps 1 to the horizon.</param>
public sealed record SeriesForecast(
    string Method, double Alpha, double Beta, double ResidualStandardDeviation, double Level, IReadOnlyList<ForecastPoint> Points);
