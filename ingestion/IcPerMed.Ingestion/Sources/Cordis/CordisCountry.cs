namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// CORDIS country codes follow EU usage, which differs from ISO 3166 alpha-2 (the canonical model's codes) in two
/// places: EL for Greece (ISO GR) and UK for the United Kingdom (ISO GB).
/// </summary>
internal static class CordisCountry
{
    /// <summary>The ISO 3166 alpha-2 code, upper case; null when blank.</summary>
    public static string? ToIso(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "EL" => "GR",
        "UK" => "GB",
        var iso => iso,
    };
}
