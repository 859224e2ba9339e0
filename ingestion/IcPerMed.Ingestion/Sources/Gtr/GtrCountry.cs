using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// GtR writes countries as English names ("United Kingdom", "United States"); the canonical model wants ISO 3166
/// alpha-2. The names are matched against .NET's region list (ICU), plus the UK's home nations, which GtR also uses.
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
        return ByName.Value.TryGetValue(key, out var iso) ? iso : null;
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
            ["USA"] = "US",
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
