namespace IcPerMed.Analytics.Status;

/// <summary>
/// One source's records, the PM projects among them as every KPI counts them, and their money in EUR: what
/// <c>icpermed demo</c> lists per source. A project two sources report (a CORDIS grant and its NFR record) is listed
/// under each; the KPIs count its money once (see the project links).
/// </summary>
public sealed record SourceFunding(string Source, long Funders, long Projects, long ProjectsWithAmount, decimal FundingEur,
    long PmFunders, long PmProjects, long PmProjectsWithAmount, decimal PmFundingEur);
