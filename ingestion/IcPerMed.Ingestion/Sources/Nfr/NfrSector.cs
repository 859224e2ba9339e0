namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// Maps the Norwegian R&amp;D statistics sector ("FoU sektorkode") to the CORDIS activity type, so NFR organisations
/// can be counted with CORDIS ones (universities, research organisations, companies, public bodies).
/// </summary>
internal static class NfrSector
{
    /// <summary>HES, REC, PRC, PUB or OTH; null for "ukjent" (unknown) and codes not seen in the file.</summary>
    public static string? ActivityType(string? sectorCode) => sectorCode?.ToUpperInvariant() switch
    {
        "UOH" => "HES", // universitets- og høgskolesektoren: universities and university colleges
        "INS" => "REC", // instituttsektoren: research institutes (SINTEF, NILU, ...)
        "NÆR" => "PRC", // næringsliv: companies
        "HEL" => "PUB", // helseforetak: the public regional health trusts and their hospitals
        "NFR" => "PUB", // Norges forskningsråd itself (as an ERA-NET partner)
        "DIV" => "OTH", // øvrige: other public and private bodies
        _ => null,
    };
}
