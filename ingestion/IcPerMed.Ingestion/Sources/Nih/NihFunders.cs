using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// Who pays a RePORTER project. RePORTER lists NIH awards and, under other <c>agency_code</c>s, awards of other HHS
/// agencies (the kept v1 recording has ALLCDC, AHRQ and SAMSHA rows); those are stored as their own funders so NIH
/// totals hold NIH money only.
/// </summary>
internal static class NihFunders
{
    public static readonly Funder Nih = new("NIH", "National Institutes of Health", "US");

    private static readonly Dictionary<string, Funder> OtherAgencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AHRQ"] = new("AHRQ", "Agency for Healthcare Research and Quality", "US"),
        ["ALLCDC"] = new("CDC", "Centers for Disease Control and Prevention", "US"),
        ["CDC"] = new("CDC", "Centers for Disease Control and Prevention", "US"),
        ["FDA"] = new("FDA", "Food and Drug Administration", "US"),
        ["SAMHSA"] = new("SAMHSA", "Substance Abuse and Mental Health Services Administration", "US"),
        // RePORTER's own spelling in agency_code (kept v1 recording).
        ["SAMSHA"] = new("SAMHSA", "Substance Abuse and Mental Health Services Administration", "US"),
        ["ACF"] = new("ACF", "Administration for Children and Families", "US"),
        ["VA"] = new("VA", "Department of Veterans Affairs", "US"),
    };

    /// <summary>The funder of an <c>agency_code</c>: NIH when absent or "NIH", a known HHS agency, or the code itself.</summary>
    public static Funder Of(string? agencyCode) => agencyCode switch
    {
        null or "" => Nih,
        _ when agencyCode.Equals("NIH", StringComparison.OrdinalIgnoreCase) => Nih,
        _ when OtherAgencies.TryGetValue(agencyCode, out var known) => known,
        _ => new Funder(agencyCode.ToUpperInvariant(), agencyCode.ToUpperInvariant(), "US"),
    };
}
