namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// Rounds a value and gives it exactly that many decimals (500000 becomes 500000.00). The stores return sums with
/// different scales (DuckDB 500000, PostgreSQL 500000.00); fixing the scale makes both stores, and every snapshot,
/// print and hash the same text.
/// </summary>
public static class FixedDecimals
{
    public static decimal Round(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)decimals);

    /// <summary>EUR to the cent.</summary>
    public static decimal Money(decimal value) => Round(value, 2);
}
