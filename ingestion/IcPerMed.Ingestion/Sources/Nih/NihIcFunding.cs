using System.Globalization;
using System.Text.Json;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// One institute or centre's share of a project: agency_ic_fundings <c>[{fy, code, name, abbreviation, total_cost}]</c>.
/// An IC listed twice for the same project is summed.
/// </summary>
internal sealed record NihIcFunding(string Abbreviation, string? Name, decimal? TotalCost, long? FiscalYear)
{
    /// <summary>"NIH Office of the Director: USD 455,938 (FY2022)".</summary>
    public string Label
    {
        get
        {
            var amount = TotalCost is { } cost ? $"USD {cost.ToString("#,0.##", CultureInfo.InvariantCulture)}" : "amount not given";
            var year = FiscalYear is { } fy ? $" (FY{fy})" : string.Empty;
            return $"{Name ?? Abbreviation}: {amount}{year}";
        }
    }

    public static IReadOnlyList<NihIcFunding> Read(JsonElement record)
    {
        if (record.Value("agency_ic_fundings") is not { ValueKind: JsonValueKind.Array } fundings)
            return [];
        var byIc = new OrderedDictionary<string, NihIcFunding>(StringComparer.Ordinal);
        foreach (var funding in fundings.EnumerateArray())
        {
            var abbreviation = funding.Text("abbreviation") ?? funding.Text("code");
            if (abbreviation is null)
                continue;
            var entry = new NihIcFunding(abbreviation, funding.Text("name"), funding.Amount("total_cost"), funding.Integer("fy"));
            byIc[abbreviation] = byIc.TryGetValue(abbreviation, out var earlier)
                ? earlier with { TotalCost = earlier.TotalCost + entry.TotalCost }
                : entry;
        }
        return [.. byIc.Values];
    }
}
