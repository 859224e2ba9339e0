using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// The UKRI councils and other funders GtR names by short code in <c>leadFunder</c> (v1 XML: <c>fund/funder/name</c>).
/// A code not listed here is stored with the code as its name, so a new funder shows up rather than being dropped.
/// </summary>
internal static class GtrFunders
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AHRC"] = "Arts and Humanities Research Council",
        ["BBSRC"] = "Biotechnology and Biological Sciences Research Council",
        ["EPSRC"] = "Engineering and Physical Sciences Research Council",
        ["ESRC"] = "Economic and Social Research Council",
        ["MRC"] = "Medical Research Council",
        ["NERC"] = "Natural Environment Research Council",
        ["STFC"] = "Science and Technology Facilities Council",
        ["Innovate UK"] = "Innovate UK",
        ["NC3Rs"] = "National Centre for the Replacement, Refinement and Reduction of Animals in Research",
        ["UKRI"] = "UK Research and Innovation",
        ["Research England"] = "Research England",
    };

    /// <summary>The funder row for <paramref name="code"/>; every GtR funder is a UK body.</summary>
    public static Funder For(string code) => new(code, Names.TryGetValue(code, out var name) ? name : code, "GB");
}
