using System.Globalization;

namespace IcPerMed.Analytics.Model;

/// <summary>English country names for the ISO 3166-1 alpha-2 codes the warehouse stores, from the platform's ICU data.</summary>
public static class CountryNames
{
    // English puts "the" before these: "in the Netherlands", "in the United Kingdom".
    private static readonly HashSet<string> WithThe = new(StringComparer.Ordinal)
    {
        "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Czech Republic",
        "Dominican Republic", "Central African Republic", "Vatican City",
    };

    /// <summary>The name as it reads after "in": "the Netherlands", "the United Kingdom", "Germany".</summary>
    public static string InSentence(string code)
    {
        var name = Of(code);
        return WithThe.Contains(name) || name.StartsWith("United ", StringComparison.Ordinal) || name.EndsWith(" Islands", StringComparison.Ordinal)
            ? "the " + name : name;
    }

    /// <summary>"Germany" for DE; the code itself when ICU does not know it; "an unknown country" for 'unknown'.</summary>
    public static string Of(string code)
    {
        if (code == "unknown")
            return "an unknown country";
        try
        {
            var region = new RegionInfo(code);
            return region.TwoLetterISORegionName == code ? region.EnglishName : code;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
