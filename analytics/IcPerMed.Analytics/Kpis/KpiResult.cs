namespace IcPerMed.Analytics.Kpis;

/// <summary>The values of one KPI.</summary>
/// <param name="MissingAmounts">For a money KPI, how many of the projects it counts have no amount; null for other KPIs.</param>
public sealed record KpiResult(KpiDefinition Definition, IReadOnlyList<KpiRow> Rows, MissingAmounts? MissingAmounts = null)
{
    /// <summary>The row with this key (dimension values in order), or null.</summary>
    public KpiRow? Find(params string[] key) => Rows.FirstOrDefault(r => r.Key.SequenceEqual(key));

    /// <summary>The value of a single-value KPI, or of the row with this key.</summary>
    public decimal ValueOf(params string[] key) =>
        Find(key)?.Value ?? throw new KeyNotFoundException($"KPI {Definition.Id} has no row [{string.Join(", ", key)}]");
}
