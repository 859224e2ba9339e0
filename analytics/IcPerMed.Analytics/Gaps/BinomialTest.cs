using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace IcPerMed.Analytics.Gaps;

/// <summary>The exact binomial test, used to decide whether a funding-gap cell's share differs from the consortium's.</summary>
/// <remarks>
/// Math.NET Numerics gives the distribution (<see cref="Binomial.PMFLn"/>) and its tails (the regularized incomplete
/// beta function); it has no two-sided test, so which outcomes count, R's definition, is written here.
/// </remarks>
public static class BinomialTest
{
    // R's binom.test counts outcomes "as likely as x" up to this relative slack, so rounding cannot split a tie.
    private const double RelativeSlack = 1 + 1e-7;

    /// <summary>
    /// The two-sided p-value of <paramref name="successes"/> in <paramref name="trials"/> when the success probability is
    /// <paramref name="p0"/>, by the method of small p-values, as R's <c>binom.test</c>: the sum of P(X = k) over every k
    /// with P(X = k) ≤ P(X = x)·(1 + 1e-7), capped at 1.
    /// </summary>
    /// <remarks>
    /// Probabilities are compared in log space and the tails taken whole from the incomplete beta function, so trials up
    /// to 10^7 and beyond work and a p-value near the smallest double keeps its digits. No trials gives 1; p0 of 0 or 1
    /// is decided exactly (1 when x is the only possible outcome, else 0).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// trials &lt; 0 or above <see cref="int.MaxValue"/> (Math.NET counts trials in an int), successes outside [0, trials]
    /// or p0 outside [0, 1].
    /// </exception>
    public static double TwoSidedPValue(long successes, long trials, double p0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trials, int.MaxValue);
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

        var n = (int)trials;
        var logLimit = Binomial.PMFLn(p0, n, (int)successes) + Math.Log(RelativeSlack);
        bool AsUnlikely(int k) => Binomial.PMFLn(p0, n, k) <= logLimit;

        // The distribution rises to its mode and then falls, so the outcomes as unlikely as x are a lower tail [0, a]
        // and an upper tail [b, n]: find each edge by bisection on its monotone side.
        var mode = (int)Math.Min(n, Math.Floor((n + 1.0) * p0));
        int below = -1, above = mode + 1;
        while (above - below > 1)
        {
            var middle = below + (above - below) / 2;
            if (AsUnlikely(middle)) below = middle; else above = middle;
        }
        var lowerEdge = below;
        below = Math.Max(mode, lowerEdge + 1) - 1;
        above = n + 1;
        while (above - below > 1)
        {
            var middle = below + (above - below) / 2;
            if (AsUnlikely(middle)) above = middle; else below = middle;
        }
        var upperEdge = above;
        // The tails meet: every outcome is as unlikely as x (a tie with the mode), so all count.
        if (upperEdge == lowerEdge + 1)
            return 1;

        return Math.Min(1, LowerTail(lowerEdge, n, p0) + UpperTail(upperEdge, n, p0));
    }

    /// <summary>
    /// P(X ≤ a) = I_{1−p}(n − a, a + 1), the regularized incomplete beta function (0 when a &lt; 0). Taken directly, not
    /// as 1 − P(X &gt; a), so a tiny tail keeps its relative precision; this is also what <see cref="Binomial.CDF(double, int, double)"/> computes.
    /// </summary>
    private static double LowerTail(int a, int n, double p) =>
        a < 0 ? 0 : SpecialFunctions.BetaRegularized(n - a, a + 1, 1 - p);

    /// <summary>P(X ≥ b) = I_p(b, n − b + 1) (0 when b &gt; n), directly for the same reason.</summary>
    private static double UpperTail(int b, int n, double p) =>
        b > n ? 0 : SpecialFunctions.BetaRegularized(b, n - b + 1, p);
}
