using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// GtR writes countries as English names, short or official ("United Kingdom", "United Kingdom of Great Britain &amp;
/// Northern Ireland (UK)", "Kenya, Republic of", "Netherlands, Kingdom of the"); the canonical model wants ISO 3166
/// alpha-2. The name is matched against .NET's region list (ICU) as written, then without its "(...)" suffix, then
/// up to its comma. "European Union (EU)" is no country and stays null.
/// </summary>
internal static class GtrCountry
{
    private static readonly Lazy<Dictionary<string, string>> ByName = new(Build);

    /// <summary>The ISO code of <paramref name="name"/>, or null when it is blank or not a known country name.</summary>
    public static string? ToIso(string? name)
    {
        var key = name?.Trim();
        if (string.IsNullOrEmpty(key))
            return null;
        foreach (var candidate in Candidates(key))
            if (ByName.Value.TryGetValue(candidate, out var iso))
                return iso;
        return null;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        yield return name;
        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        if (bracket > 0)
            yield return name[..bracket].Trim();
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
            yield return name[..comma].Trim();
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["UK"] = "GB",
            ["England"] = "GB",
            ["Scotland"] = "GB",
            ["Wales"] = "GB",
            ["Northern Ireland"] = "GB",
            ["United Kingdom of Great Britain & Northern Ireland"] = "GB",
            ["United Kingdom of Great Britain and Northern Ireland"] = "GB",
            ["USA"] = "US",
            ["United States of America"] = "US",
        };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            if (region.TwoLetterISORegionName.Length == 2)
                names.TryAdd(region.EnglishName, region.TwoLetterISORegionName);
        }
        return names;
    }
}
