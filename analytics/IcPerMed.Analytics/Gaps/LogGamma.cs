namespace IcPerMed.Analytics.Gaps;

/// <summary>
/// ln Γ(x) for x &gt; 0 by the Lanczos approximation (g = 7, nine coefficients, Godfrey's set), relative error
/// about 1e-15: enough to take binomial probabilities in log space for n up to 10^7 without overflow.
/// </summary>
internal static class LogGamma
{
    private const double G = 7;
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    private static readonly double[] Coefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x), x &gt; 0.</summary>
    internal static double Of(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ is only needed, and only written, for finite x > 0");
        // The series is accurate for x ≥ 1/2; below, the reflection Γ(x)Γ(1 − x) = π / sin(πx) carries it over.
        if (x < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - Of(1 - x);

        var shifted = x - 1;
        var sum = Coefficients[0];
        for (var i = 1; i < Coefficients.Length; i++)
            sum += Coefficients[i] / (shifted + i);
        var t = shifted + G + 0.5;
        return HalfLogTwoPi + (shifted + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
