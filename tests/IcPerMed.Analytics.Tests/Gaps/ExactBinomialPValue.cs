using System.Numerics;

namespace IcPerMed.Analytics.Tests.Gaps;

/// <summary>
/// R's two-sided binomial p-value in exact integers, a second route to <c>BinomialTest</c> that shares none of its
/// floating point: with p0 = num/den, P(X = k) = C(n, k)·num^k·(den − num)^(n−k) / den^n, and k counts when
/// 10^7·P(X = k) ≤ (10^7 + 1)·P(X = x). The same sum as Gaps/reference/binomial_exact.py's exact_integer.
/// </summary>
internal static class ExactBinomialPValue
{
    public static double Of(int successes, int trials, int num, int den)
    {
        var terms = new BigInteger[trials + 1];
        var binomial = BigInteger.One; // C(n, k), built up k by k
        for (var k = 0; k <= trials; k++)
        {
            if (k > 0)
                binomial = binomial * (trials - k + 1) / k;
            terms[k] = binomial * BigInteger.Pow(num, k) * BigInteger.Pow(den - num, trials - k);
        }
        var limit = terms[successes] * (BigInteger.Pow(10, 7) + 1);
        var total = BigInteger.Zero;
        foreach (var term in terms)
        {
            if (term * BigInteger.Pow(10, 7) <= limit)
                total += term;
        }
        return Ratio(total, BigInteger.Pow(den, trials));
    }

    /// <summary>numerator/denominator as the nearest double but for the last bit, capped at 1 as R caps it.</summary>
    private static double Ratio(BigInteger numerator, BigInteger denominator)
    {
        if (numerator >= denominator)
            return 1;
        // Shift so the integer quotient keeps 64 significant bits, then scale back.
        var shift = (int)(denominator.GetBitLength() - numerator.GetBitLength()) + 64;
        return Math.ScaleB((double)((numerator << shift) / denominator), -shift);
    }
}
