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
/// <param name="QValue">PValue adjusted over the judged cells of the matrix (Benjamini-Hochberg); 1 in a row too few to judge.</param>
/// <param name="Flag">"under" or "over" when QValue is below the matrix's alpha, else "" (always "" in a row too few to judge).</param>
/// <param name="Judged">
/// False when the member has fewer PM projects than the matrix's minimum (<see cref="GapMatrix.MinProjects"/>): too few to
/// judge, so the cell is neither empty nor flagged. True in snapshots taken before the minimum existed (all were judged).
/// </param>
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
    string Flag,
    bool Judged = true)
{
    /// <summary>An alert: no PM project in a row with enough projects to judge. A row too few to judge has no empty cells.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Judged && Projects == 0;
}

/// <summary>A row of the gap matrix: a country or funder with its PM projects and funding.</summary>
/// <param name="Funding">The member's PM funding, EUR: the sum of its cells' apportioned funding and <paramref name="FundingWithoutChallenge"/>.</param>
/// <param name="FundingWithoutChallenge">
/// The member's part of PM projects that touch no challenge, EUR (in no cell); null in snapshots taken before it was kept.
/// </param>
public sealed record GapMember(string Member, string Name, long Projects, decimal Funding, decimal? FundingWithoutChallenge = null);
