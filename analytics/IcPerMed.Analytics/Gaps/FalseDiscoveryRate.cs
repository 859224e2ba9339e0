namespace IcPerMed.Analytics.Gaps;

/// <summary>Controls the false discovery rate over the many funding-gap cells tested at once.</summary>
public static class FalseDiscoveryRate
{
    /// <summary>
    /// Benjamini–Hochberg adjusted p-values (q-values) in the input order, as R's <c>p.adjust(p, "BH")</c>: with rank i
    /// counted from the smallest p, q = min over ranks j ≥ i of n/j·p_(j), capped at 1. Flag a cell when q ≤ the chosen FDR.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is NaN or outside [0, 1] (R would drop an NA; we refuse it).</exception>
    public static IReadOnlyList<double> BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], $"pValues[{i}] must lie between 0 and 1");
        }

        var n = pValues.Count;
        // Largest first; OrderByDescending is stable like R's order(), though ties end up equal either way.
        var largestFirst = Enumerable.Range(0, n).OrderByDescending(i => pValues[i]).ToArray();
        var adjusted = new double[n];
        var runningMinimum = double.PositiveInfinity;
        for (var at = 0; at < n; at++)
        {
            var index = largestFirst[at];
            var rank = n - at;
            // Written as R writes it, n/i * p, so the doubles agree with p.adjust to the last bit.
            runningMinimum = Math.Min(runningMinimum, (double)n / rank * pValues[index]);
            adjusted[index] = Math.Min(1, runningMinimum);
        }
        return adjusted;
    }
}
