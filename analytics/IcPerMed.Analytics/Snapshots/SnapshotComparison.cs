using System.Globalization;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>What changed between two snapshots: provenance, every KPI row, and every gap cell.</summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<SnapshotChange> Compare(KpiSnapshot before, KpiSnapshot after)
    {
        var changes = new List<SnapshotChange>(ProvenanceChanges(before.Provenance, after.Provenance));
        foreach (var kpi in before.Content.Kpis.Select(k => k.Id).Union(after.Content.Kpis.Select(k => k.Id)))
            Kpi(kpi, before.Content.Kpi(kpi)?.Rows ?? [], after.Content.Kpi(kpi)?.Rows ?? [], changes);
        changes.AddRange(Gaps(before.Content.CountryGaps, after.Content.CountryGaps, "country-gaps"));
        changes.AddRange(Gaps(before.Content.FunderGaps, after.Content.FunderGaps, "funder-gaps"));
        return changes;
    }

    /// <summary>Cells whose count, funding or flag changed, and cells that became empty or stopped being empty.</summary>
    public static IReadOnlyList<SnapshotChange> Gaps(GapMatrix before, GapMatrix after, string area)
    {
        var changes = new List<SnapshotChange>();
        var old = before.Cells.ToDictionary(c => (c.Member, c.Challenge));
        var keys = before.Cells.Select(c => (c.Member, c.Challenge)).Union(after.Cells.Select(c => (c.Member, c.Challenge)));
        var now = after.Cells.ToDictionary(c => (c.Member, c.Challenge));
        foreach (var key in keys)
        {
            var (was, @is) = (old.GetValueOrDefault(key), now.GetValueOrDefault(key));
            var item = $"{key.Member} {key.Challenge}";
            var (wasProjects, isProjects) = (was?.Projects ?? 0, @is?.Projects ?? 0);
            if (wasProjects == 0 && isProjects > 0)
                changes.Add(new(area, item, "filled", "0", Text(isProjects)));
            else if (wasProjects > 0 && isProjects == 0)
                changes.Add(new(area, item, "emptied", Text(wasProjects), "0"));
            else if (wasProjects != isProjects)
                changes.Add(new(area, item, "projects", Text(wasProjects), Text(isProjects)));
            if ((was?.FundingApportioned ?? 0m) != (@is?.FundingApportioned ?? 0m))
                changes.Add(new(area, item, "funding (apportioned, EUR)", Text(was?.FundingApportioned ?? 0m), Text(@is?.FundingApportioned ?? 0m)));
            if ((was?.Flag ?? "") != (@is?.Flag ?? ""))
                changes.Add(new(area, item, "flag", was?.Flag ?? "", @is?.Flag ?? ""));
        }
        return changes;
    }

    private static void Kpi(string id, IReadOnlyList<KpiRow> before, IReadOnlyList<KpiRow> after, List<SnapshotChange> changes)
    {
        var old = before.ToDictionary(r => r.KeyText);
        var now = after.ToDictionary(r => r.KeyText);
        foreach (var key in old.Keys.Union(now.Keys))
        {
            var item = key.Length == 0 ? id : $"{id} [{key}]";
            switch ((old.GetValueOrDefault(key), now.GetValueOrDefault(key)))
            {
                // A row of zero that appears or goes (a quarter's label moving on) is no change.
                case (null, { } added) when added.Value != 0 || added.Projects != 0:
                    changes.Add(new("kpi", item, "added", "", Text(added.Value)));
                    break;
                case ({ } removed, null) when removed.Value != 0 || removed.Projects != 0:
                    changes.Add(new("kpi", item, "removed", Text(removed.Value), ""));
                    break;
                case ({ } was, { } @is):
                    if (was.Value != @is.Value)
                        changes.Add(new("kpi", item, "value", Text(was.Value), Text(@is.Value)));
                    if (was.Projects != @is.Projects)
                        changes.Add(new("kpi", item, "projects", Text(was.Projects), Text(@is.Projects)));
                    break;
            }
        }
    }

    /// <summary>Changes in what the numbers rest on: model version, exchange rates, label scheme and each source's last harvest.</summary>
    public static IReadOnlyList<SnapshotChange> ProvenanceChanges(SnapshotProvenance before, SnapshotProvenance after)
    {
        var changes = new List<SnapshotChange>();
        void Field(string what, string? was, string? @is)
        {
            if (was != @is)
                changes.Add(new("provenance", what, "changed", was ?? "", @is ?? ""));
        }
        Field("model version", before.ModelVersion, after.ModelVersion);
        Field("exchange rates", before.ExchangeRates, after.ExchangeRates);
        Field("label scheme", before.LabelScheme, after.LabelScheme);
        var old = before.Harvests.ToDictionary(h => h.Source);
        var now = after.Harvests.ToDictionary(h => h.Source);
        foreach (var source in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
            Field($"harvest of {source}", Run(old.GetValueOrDefault(source)), Run(now.GetValueOrDefault(source)));
        return changes;
    }

    private static string? Run(SourceHarvest? harvest) => harvest is null ? null
        : $"run {Text(harvest.RunId)} finished {harvest.FinishedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z";

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
