using System.Globalization;

namespace IcPerMed.Ingestion.Sources;

/// <summary>
/// ISO 3166-1 alpha-2 country codes as the platform's ICU data knows them, and the English country names behind them,
/// for sources that write countries as free text ("UK", "ISRAEL").
/// </summary>
internal static class IsoCountries
{
    private static readonly Lazy<Dictionary<string, string>> ByName = new(BuildNames);

    /// <summary>Whether <paramref name="code"/> is an upper-case ISO 3166-1 alpha-2 code of a country or territory.</summary>
    public static bool IsAlpha2(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper))
            return false;
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The alpha-2 code for a free-text country: a code itself ("GB"; "UK" read as GB, as the EU and UK bodies write
    /// it), an English country name in any case ("ISRAEL"), or one of the UK's nations; null when not recognised.
    /// </summary>
    public static string? FromText(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        var upper = value.ToUpperInvariant();
        if (upper is "UK" or "U.K." or "ENGLAND" or "SCOTLAND" or "WALES" or "NORTHERN IRELAND" or "GREAT BRITAIN")
            return "GB";
        if (upper is "USA" or "U.S.A." or "US")
            return "US";
        if (IsAlpha2(upper))
            return upper;
        return ByName.Value.TryGetValue(upper, out var code) ? code : null;
    }

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }
            if (region.TwoLetterISORegionName.Length == 2)
                names.TryAdd(region.EnglishName.ToUpperInvariant(), region.TwoLetterISORegionName);
        }
        return names;
    }
}
