namespace IcPerMed.Analytics.Trends;

public static partial class HoltForecast
{
    /// <summary>The state after the last observation and the one-step errors that led there.</summary>
    private readonly record struct Smoothed(double Level, double Trend, double SumOfSquares, int Errors);

    // The weight grid is k/20 for k = 1..19: computed from the integer so that 0.35 is the same double every run.
    private const int GridDivisions = 20;

    /// <summary>The grid weights with the least squared one-step error; ties go to the smaller α, then the smaller β.</summary>
    private static (double Alpha, double Beta) FitWeights(IReadOnlyList<double> series)
    {
        var best = (Alpha: 0.0, Beta: 0.0, Sse: double.PositiveInfinity);
        for (var a = 1; a < GridDivisions; a++)
        {
            for (var b = 1; b < GridDivisions; b++)
            {
                double alpha = (double)a / GridDivisions, beta = (double)b / GridDivisions;
                var sse = Smooth(series, alpha, beta).SumOfSquares;
                // Strictly less: the first (smallest) pair met keeps a tie.
                if (sse < best.Sse)
                    best = (alpha, beta, sse);
            }
        }
        return (best.Alpha, best.Beta);
    }

    /// <summary>
    /// Runs Holt's recursion from ℓ0 = y[0], b0 = y[1] − y[0]. The error at t = 1 is zero by construction of b0,
    /// so only errors from t = 2 on are counted.
    /// </summary>
    private static Smoothed Smooth(IReadOnlyList<double> series, double alpha, double beta)
    {
        double level = series[0], trend = series[1] - series[0], sumOfSquares = 0;
        var errors = 0;
        for (var t = 1; t < series.Count; t++)
        {
            var forecast = level + trend;
            if (t >= 2)
            {
                var error = series[t] - forecast;
                sumOfSquares += error * error;
                errors++;
            }
            var nextLevel = alpha * series[t] + (1 - alpha) * forecast;
            trend = beta * (nextLevel - level) + (1 - beta) * trend;
            level = nextLevel;
        }
        return new Smoothed(level, trend, sumOfSquares, errors);
    }
}
