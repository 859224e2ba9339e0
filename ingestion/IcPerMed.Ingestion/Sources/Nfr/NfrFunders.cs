using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// Who pays and who reports. The money in the NFR file is EU money (H2020 grants), so projects are funded by the
/// European Commission; the Research Council of Norway only publishes the Norwegian slice and is stored as the
/// reporting body, so a KPI never counts these euros as Norwegian national funding.
/// </summary>
internal static class NfrFunders
{
    public static readonly Funder EuropeanCommission = new("EC", "European Commission", "EU");
    public static readonly Funder ResearchCouncilOfNorway = new("RCN", "Research Council of Norway", "NO");
}
