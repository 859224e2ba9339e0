namespace IcPerMed.Analytics.Gaps;

/// <summary>The exact binomial test, used to decide whether a funding-gap cell's share differs from the consortium's.</summary>
public static class BinomialTest
{
    // R's binom.test counts outcomes "as likely as x" up to this relative slack, so rounding cannot split a tie.
    private const double RelativeSlack = 1 + 1e-7;

    // A tail's walk stops once the rest of it, bounded by a geometric series, is below this share of what it has.
    private const double Negligible = 1e-17;

    /// <summary>
    /// The two-sided p-value of <paramref name="successes"/> in <paramref name="trials"/> when the success probability is
    /// <paramref name="p0"/>, by the method of small p-values, as R's <c>binom.test</c>: the sum of P(X = k) over every k
    /// with P(X = k) ≤ P(X = x)·(1 + 1e-7), capped at 1.
    /// </summary>
    /// <remarks>
    /// Probabilities are taken in log space, so trials up to 10^7 and beyond work. No trials gives 1; p0 of 0 or 1 is
    /// decided exactly (1 when x is the only possible outcome, else 0).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">trials &lt; 0, successes outside [0, trials] or p0 outside [0, 1].</exception>
    public static double TwoSidedPValue(long successes, long trials, double p0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"successes must lie between 0 and the {trials} trials");
        if (!(p0 >= 0 && p0 <= 1))
            throw new ArgumentOutOfRangeException(nameof(p0), p0, "p0 is a probability and must lie between 0 and 1");
        if (trials == 0)
            return 1;
        if (p0 == 0)
            return successes == 0 ? 1 : 0;
        if (p0 == 1)
            return successes == trials ? 1 : 0;
        // As R: an outcome at the mean is the most likely there is, so every outcome counts.
        if (successes == trials * p0)
            return 1;

        var binomial = new LogBinomial(trials, p0);
        var logObserved = binomial.LogProbability(successes);
        var logLimit = logObserved + Math.Log(RelativeSlack);
        bool AsUnlikely(long k) => binomial.LogProbability(k) <= logLimit;

        // The distribution rises to its mode and then falls, so the outcomes as unlikely as x are a lower tail [0, a]
        // and an upper tail [b, n]: find each edge by bisection on its monotone side.
        var mode = Math.Min(trials, (long)Math.Floor((trials + 1) * p0));
        long below = -1, above = mode + 1;
        while (above - below > 1)
        {
            var middle = below + (above - below) / 2;
            if (AsUnlikely(middle)) below = middle; else above = middle;
        }
        var lowerEdge = below;
        below = Math.Max(mode, lowerEdge + 1) - 1;
        above = trials + 1;
        while (above - below > 1)
        {
            var middle = below + (above - below) / 2;
            if (AsUnlikely(middle)) above = middle; else below = middle;
        }
        var upperEdge = above;

        // Terms are scaled by P(X = x) so that a p-value near the smallest double does not underflow term by term.
        var sum = TailSum(binomial, lowerEdge, -1, logObserved) + TailSum(binomial, upperEdge, +1, logObserved);
        return Math.Min(1, Math.Exp(logObserved) * sum);
    }

    /// <summary>
    /// Σ P(X = k)/P(X = x) from <paramref name="edge"/> outward (direction −1 down to 0, +1 up to n), stopping when the
    /// rest is negligible: outward from the mode each term is the previous times a ratio r that keeps shrinking, so
    /// once r &lt; 1 the rest is at most term·r/(1 − r).
    /// </summary>
    private static double TailSum(LogBinomial binomial, long edge, int direction, double logScale)
    {
        double sum = 0;
        for (var k = edge; k >= 0 && k <= binomial.Trials; k += direction)
        {
            var term = Math.Exp(binomial.LogProbability(k) - logScale);
            sum += term;
            var ratio = binomial.NextRatio(k, direction);
            if (ratio < 1 && term * ratio / (1 - ratio) <= sum * Negligible)
                break;
        }
        return sum;
    }
}
