namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// One value of a KPI: its key (one text per dimension of the KPI, in the definition's order), the value in the KPI's
/// unit, and how many distinct projects stand behind it (<see cref="KpiDefinition"/> says how to list them).
/// </summary>
public sealed record KpiRow(IReadOnlyList<string> Key, decimal Value, long Projects)
{
    /// <summary>The key joined for display and comparison, e.g. <c>DE / c2</c>; empty for a single-value KPI.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string KeyText => string.Join(" / ", Key);

    public bool Equals(KpiRow? other) =>
        other is not null && Value == other.Value && Projects == other.Projects && Key.SequenceEqual(other.Key);

    public override int GetHashCode() => HashCode.Combine(KeyText, Value, Projects);
}
