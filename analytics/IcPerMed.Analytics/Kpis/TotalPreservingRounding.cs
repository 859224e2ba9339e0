namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// Rounds apportioned values so that they add up exactly to the rounded total (the largest-remainder method): each
/// value is rounded down, and the units still missing go to the values with the largest remainders. Without it, 1/3
/// shares of a grant rounded one by one would miss the total by a cent.
/// </summary>
public static class TotalPreservingRounding
{
    public static IReadOnlyList<decimal> Round(IReadOnlyList<decimal> values, decimal total, int decimals)
    {
        if (values.Count == 0)
            return [];
        var scale = Pow10(decimals);
        var floors = values.Select(v => decimal.Floor(v * scale)).ToArray();
        var missing = (long)(decimal.Round(total * scale, MidpointRounding.AwayFromZero) - floors.Sum());
        // Largest remainders first; ties go to the earlier row so the result does not depend on sort stability.
        var byRemainder = Enumerable.Range(0, values.Count)
            .OrderByDescending(i => values[i] * scale - floors[i]).ThenBy(i => i).ToArray();
        for (var step = 0; missing > 0; step++, missing--)
            floors[byRemainder[step % byRemainder.Length]] += 1;
        // Values computed in floating point can overshoot the total by a unit; take it back from the smallest remainders.
        for (var step = 0; missing < 0; step++, missing++)
            floors[byRemainder[byRemainder.Length - 1 - step % byRemainder.Length]] -= 1;
        return [.. floors.Select(units => units / scale)];
    }

    private static decimal Pow10(int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
            scale *= 10;
        return scale;
    }
}
