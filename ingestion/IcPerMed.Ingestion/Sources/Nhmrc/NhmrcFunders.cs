using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>The one funder of the NHMRC table.</summary>
internal static class NhmrcFunders
{
    public static readonly Funder Nhmrc = new("NHMRC", "National Health and Medical Research Council", "AU");
}
