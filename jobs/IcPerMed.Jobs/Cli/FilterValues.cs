using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// Checks the country and funder codes of a filter: a code nothing could match is a usage mistake (exit code 2) named
/// with what "known" means, never an empty answer that reads as "no projects".
/// </summary>
public static class FilterValues
{
    private const int FundersNamed = 30;

    /// <summary>The codes upper-cased; each must be ISO 3166-1 alpha-2 (or EU, the European Commission's funder country).</summary>
    /// <exception cref="UsageException">A code is not one.</exception>
    public static List<string> Countries(string option, IEnumerable<string> codes)
    {
        var upper = codes.Select(c => c.ToUpperInvariant()).Distinct().ToList();
        if (upper.FirstOrDefault(c => c != CountryCodes.EuropeanUnion && !CountryCodes.IsAlpha2(c)) is { } bad)
        {
            throw new UsageException($"{option} '{bad}' is not an ISO 3166-1 alpha-2 country code such as DE, FR or GB " +
                $"(or {CountryCodes.EuropeanUnion} for the European Commission)");
        }
        return upper;
    }

    /// <summary>
    /// The funder ids as the warehouse spells them (matched in any case); each must be a funder the warehouse holds (a
    /// funder, or the funder of a project or programme).
    /// </summary>
    /// <exception cref="UsageException">An id is not one of them.</exception>
    public static async Task<IReadOnlyList<string>> FundersAsync(string option, IReadOnlyList<string> ids, Warehouse warehouse,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return ids;
        var known = await warehouse.GetKnownFunderIdsAsync(cancellationToken).ConfigureAwait(false);
        var resolved = new List<string>();
        foreach (var id in ids)
        {
            var match = known.FirstOrDefault(k => k == id) ?? known.FirstOrDefault(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase));
            resolved.Add(match ?? throw new UsageException($"{option} '{id}' is not a funder this warehouse holds ({Named(known)})"));
        }
        return [.. resolved.Distinct()];
    }

    private static string Named(IReadOnlyList<string> known) => known.Count switch
    {
        0 => "it holds none yet: harvest a source first",
        <= FundersNamed => $"its funder ids: {string.Join(", ", known)}",
        _ => $"its funder ids include {string.Join(", ", known.Take(FundersNamed))}; {known.Count} in all, see icpermed coverage or the Coverage page",
    };
}
