namespace IcPerMed.Analytics.Kpis;

/// <summary>The values of one KPI.</summary>
public sealed record KpiResult(KpiDefinition Definition, IReadOnlyList<KpiRow> Rows)
{
    /// <summary>The row with this key (dimension values in order), or null.</summary>
    public KpiRow? Find(params string[] key) => Rows.FirstOrDefault(r => r.Key.SequenceEqual(key));

    /// <summary>The value of a single-value KPI, or of the row with this key.</summary>
    public decimal ValueOf(params string[] key) =>
        Find(key)?.Value ?? throw new KeyNotFoundException($"KPI {Definition.Id} has no row [{string.Join(", ", key)}]");
}
