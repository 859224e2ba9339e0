using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// RePORTER's English upper-case country names (<c>org_country</c>: "UNITED STATES", "CANADA", "UNITED KINGDOM")
/// to ISO 3166 alpha-2. The names come from .NET's region data (ICU), plus the few spellings RePORTER uses that
/// differ from it. An unknown name gives null: the project is kept and the name noted (see <see cref="NihNotes"/>).
/// </summary>
internal static class NihCountry
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UNITED STATES OF AMERICA"] = "US",
        ["USA"] = "US",
        ["UK"] = "GB",
        ["GREAT BRITAIN"] = "GB",
        ["ENGLAND"] = "GB",
        ["SCOTLAND"] = "GB",
        ["KOREA, REPUBLIC OF"] = "KR",
        ["SOUTH KOREA"] = "KR",
        ["TAIWAN"] = "TW",
        ["RUSSIA"] = "RU",
        ["CZECH REPUBLIC"] = "CZ",
        ["NETHERLANDS"] = "NL",
        ["IRAN"] = "IR",
        ["VIET NAM"] = "VN",
        ["TANZANIA"] = "TZ",
        ["COTE D'IVOIRE"] = "CI",
    };

    private static readonly Lazy<Dictionary<string, string>> ByEnglishName = new(BuildFromRegions);

    /// <summary>The alpha-2 code of <paramref name="name"/>, or null when blank or unknown.</summary>
    public static string? ToIso(string? name, out bool unknown)
    {
        unknown = false;
        var key = name?.Trim();
        if (string.IsNullOrEmpty(key))
            return null;
        if (Aliases.TryGetValue(key, out var alias) || ByEnglishName.Value.TryGetValue(key, out alias))
            return alias;
        unknown = true;
        return null;
    }

    private static Dictionary<string, string> BuildFromRegions()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue; // a culture without a country (e.g. a macro-region) has no alpha-2 code to give
            }
            if (region.TwoLetterISORegionName.Length == 2 && char.IsAsciiLetter(region.TwoLetterISORegionName[0]))
                names.TryAdd(region.EnglishName, region.TwoLetterISORegionName);
        }
        return names;
    }
}
