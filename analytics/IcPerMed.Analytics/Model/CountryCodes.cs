using System.Globalization;

namespace IcPerMed.Analytics.Model;

/// <summary>The country codes the warehouse stores: ISO 3166-1 alpha-2, as the platform's ICU data knows them.</summary>
public static class CountryCodes
{
    /// <summary>"EU": the European Commission's funder country, which no ISO code stands for.</summary>
    public const string EuropeanUnion = "EU";

    /// <summary>Whether <paramref name="code"/> is an upper-case ISO 3166-1 alpha-2 code of a country or territory (DE, GB, XK; not XX, UK or EU).</summary>
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
}
