namespace IcPerMed.Analytics.Linking;

/// <summary>
/// One record's place in a linked project, as <c>project_link</c> stores it.
/// </summary>
/// <param name="LinkId">The group's id: its primary record as "source:source_id".</param>
/// <param name="IsPrimary">The record KPIs count the project by (classification, dates, lead country).</param>
/// <param name="FunderId">The funder this record's money comes from.</param>
/// <param name="FundingCounted">
/// Whether this record's money is added to the project's: false when a record of higher priority already reports
/// money of the same funder (the Research Council of Norway's list repeats part of the EU grant CORDIS reports).
/// </param>
/// <param name="Method">How the link was found: the key kinds that matched, e.g. "eu-grant".</param>
/// <param name="Evidence">What matched, in words: "EU grant 101034427 in cordis and nfr".</param>
public sealed record ProjectLink(
    string Source,
    string SourceId,
    string LinkId,
    bool IsPrimary,
    string? FunderId,
    bool FundingCounted,
    string Method,
    string Evidence);
