namespace IcPerMed.Analytics.Gaps;

/// <summary>
/// One cell of the gap matrix: a challenge within one member (a country or a funder).
/// </summary>
/// <param name="Member">Country code or funder id.</param>
/// <param name="Challenge">c1 .. c5.</param>
/// <param name="Projects">PM projects of the member that touch the challenge (any-match).</param>
/// <param name="FundingAnyMatch">The member's part of those projects' grants, each in full (any-match), EUR.</param>
/// <param name="FundingApportioned">The same, each grant split across its challenges (apportioned), EUR.</param>
/// <param name="Share">Projects / the member's PM projects.</param>
/// <param name="ConsortiumShare">PM projects touching the challenge / all PM projects.</param>
/// <param name="FundingShare">Apportioned funding / the member's PM funding.</param>
/// <param name="ConsortiumFundingShare">Apportioned challenge funding / all PM funding.</param>
/// <param name="PValue">Exact two-sided binomial test of Projects out of the member's projects against ConsortiumShare.</param>
/// <param name="QValue">PValue adjusted over all cells of the matrix (Benjamini-Hochberg).</param>
/// <param name="Flag">"under" or "over" when QValue is below the matrix's alpha, else "".</param>
public sealed record GapCell(
    string Member,
    string Challenge,
    long Projects,
    decimal FundingAnyMatch,
    decimal FundingApportioned,
    double Share,
    double ConsortiumShare,
    double FundingShare,
    double ConsortiumFundingShare,
    double PValue,
    double QValue,
    string Flag)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Projects == 0;
}

/// <summary>A row of the gap matrix: a country or funder with its PM projects and funding.</summary>
public sealed record GapMember(string Member, string Name, long Projects, decimal Funding);
