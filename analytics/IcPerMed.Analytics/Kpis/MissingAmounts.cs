using System.Globalization;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// Beside a money total: how many of the PM projects it counts have no grant amount, so they are counted as projects
/// but add nothing to the money.
/// </summary>
/// <param name="Projects">The PM projects the money KPI counts (for the median: every PM project, known grant or not).</param>
/// <param name="WithoutAmount">Of those, the ones with no amount.</param>
public sealed record MissingAmounts(long Projects, long WithoutAmount)
{
    /// <summary>The share without an amount, % to one decimal; 0 when there are no projects.</summary>
    public decimal Percent => Projects == 0 ? 0m : FixedDecimals.Round(WithoutAmount * 100m / Projects, 1);

    /// <summary>"12 of 104 PM projects (11.5 %) have no amount".</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture,
        $"{WithoutAmount:N0} of {Projects:N0} PM projects ({Percent:0.0} %) {(WithoutAmount == 1 ? "has" : "have")} no amount");
}
