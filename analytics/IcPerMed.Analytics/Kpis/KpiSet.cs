using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Kpis;

/// <summary>Every KPI of the catalogue for one quarter and filter, computed in one pass over the warehouse.</summary>
public sealed record KpiSet(Quarter Quarter, DateOnly ReferenceDate, KpiFilter Filter, IReadOnlyList<KpiResult> Results)
{
    /// <summary>The result of the KPI with this id.</summary>
    public KpiResult this[string id] =>
        Results.FirstOrDefault(r => r.Definition.Id == id) ?? throw new KeyNotFoundException($"no KPI '{id}' in this set");
}
