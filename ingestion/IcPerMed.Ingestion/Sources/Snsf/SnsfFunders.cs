using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>The one funder of the SNSF file.</summary>
internal static class SnsfFunders
{
    public static readonly Funder Snsf = new("SNSF", "Swiss National Science Foundation", "CH");
}
