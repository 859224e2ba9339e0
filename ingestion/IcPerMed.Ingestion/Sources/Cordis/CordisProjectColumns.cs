namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Where the project fields are in a project table. The current edition and the older single-file H2020 edition
/// share most names; the older one says "programme" for legalBasis and "call" for masterCall.
/// </summary>
internal sealed record CordisProjectColumns(CordisHeader Header)
{
    public int? Id { get; } = Header["id"];
    public int? Acronym { get; } = Header["acronym"];
    public int? Status { get; } = Header["status"];
    public int? Title { get; } = Header["title"];
    public int? StartDate { get; } = Header["startDate"];
    public int? EndDate { get; } = Header["endDate"];
    public int? TotalCost { get; } = Header["totalCost"];
    public int? EcMaxContribution { get; } = Header["ecMaxContribution"];
    public int? Programme { get; } = Header["legalBasis"] ?? Header["programme"];
    public int? Topic { get; } = Header["topics"];
    public int? Framework { get; } = Header["frameworkProgramme"];
    public int? MasterCall { get; } = Header["masterCall"] ?? Header["call"];
    public int? SubCall { get; } = Header["subCall"];
    public int? FundingScheme { get; } = Header["fundingScheme"];
    public int? Objective { get; } = Header["objective"];
}
