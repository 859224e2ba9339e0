using System.Globalization;

namespace IcPerMed.Ingestion.Sources;

/// <summary>
/// ISO 3166-1 alpha-2 country codes as the platform's ICU data knows them, and the English country names behind them,
/// for sources that write countries as free text: 360Giving ("UK", "ISRAEL"), NIH RePORTER ("UNITED STATES",
/// "KOREA, REPUBLIC OF") and GtR ("Kenya, Republic of", "United Kingdom of Great Britain &amp; Northern Ireland (UK)").
/// </summary>
internal static class IsoCountries
{
    private static readonly Lazy<Dictionary<string, string>> ByName = new(BuildNames);

    /// <summary>Spellings the sources use that ICU's English region names do not.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["UK"] = "GB", ["U.K."] = "GB", ["GREAT BRITAIN"] = "GB", ["ENGLAND"] = "GB", ["SCOTLAND"] = "GB", ["WALES"] = "GB",
        ["NORTHERN IRELAND"] = "GB", ["UNITED KINGDOM OF GREAT BRITAIN & NORTHERN IRELAND"] = "GB",
        ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"] = "GB",
        ["USA"] = "US", ["U.S.A."] = "US", ["UNITED STATES OF AMERICA"] = "US",
        ["KOREA, REPUBLIC OF"] = "KR", ["SOUTH KOREA"] = "KR", ["TAIWAN"] = "TW", ["RUSSIA"] = "RU", ["CZECH REPUBLIC"] = "CZ",
        ["IRAN"] = "IR", ["VIET NAM"] = "VN", ["TANZANIA"] = "TZ", ["COTE D'IVOIRE"] = "CI",
    };

    /// <summary>Whether <paramref name="code"/> is an upper-case ISO 3166-1 alpha-2 code of a country or territory.</summary>
    public static bool IsAlpha2(string? code) => Analytics.Model.CountryCodes.IsAlpha2(code);

    /// <summary>
    /// The alpha-2 code for a free-text country: a code itself ("GB"; "UK" read as GB, as the EU and UK bodies write
    /// it), an English country name in any case ("ISRAEL"), one of the UK's nations, or an official form matched
    /// without its "(...)" suffix or up to its comma ("Kenya, Republic of"); null when not recognised ("European Union").
    /// </summary>
    public static string? FromText(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        var upper = value.ToUpperInvariant();
        if (Aliases.TryGetValue(upper, out var alias))
            return alias;
        if (IsAlpha2(upper))
            return upper;
        foreach (var candidate in Candidates(upper))
            if (Aliases.TryGetValue(candidate, out var code) || ByName.Value.TryGetValue(candidate, out code))
                return code;
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
                continue; // a culture without a country (e.g. a macro-region) has no alpha-2 code to give
            }
            if (region.TwoLetterISORegionName.Length == 2 && char.IsAsciiLetter(region.TwoLetterISORegionName[0]))
                names.TryAdd(region.EnglishName.ToUpperInvariant(), region.TwoLetterISORegionName);
        }
        return names;
    }
}
