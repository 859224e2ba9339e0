namespace IcPerMed.Analytics.Trends;

public static partial class HoltForecast
{
    internal const string MeanMethod = "mean of the series";
    internal const string EmptyMethod = "empty series";

    /// <summary>
    /// The forecast of a series too short to fit a trend: its mean, with the interval of a new observation from a
    /// normal sample, mean ± z·s·√(1 + 1/n) (s the sample standard deviation, 0 with one point).
    /// </summary>
    private static SeriesForecast Mean(IReadOnlyList<double> series, int horizon, double level)
    {
        var n = series.Count;
        var mean = series.Average();
        var deviation = n == 1 ? 0 : Math.Sqrt(series.Sum(y => (y - mean) * (y - mean)) / (n - 1));
        var halfWidth = TwoSidedZ(level) * deviation * Math.Sqrt(1 + 1.0 / n);
        var points = Enumerable.Range(1, horizon).Select(h => Point(h, mean, halfWidth)).ToArray();
        return new SeriesForecast(MeanMethod, 0, 0, deviation, level, points);
    }

    /// <summary>Nothing observed, nothing funded: 0 at every step with a zero-width interval.</summary>
    private static SeriesForecast Empty(int horizon, double level)
    {
        var points = Enumerable.Range(1, horizon).Select(h => new ForecastPoint(h, 0, 0, 0)).ToArray();
        return new SeriesForecast(EmptyMethod, 0, 0, 0, level, points);
    }
}
