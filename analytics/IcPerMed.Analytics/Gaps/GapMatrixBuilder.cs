using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Gaps;

/// <summary>
/// Puts the gap queries' rows together: every member x challenge cell (empty ones included), shares, and the
/// significance test with its multiple-comparison adjustment over the judged members (<see cref="GapMatrix.TestDescription"/>,
/// <see cref="GapMatrix.WithMinProjects"/>).
/// </summary>
internal static class GapMatrixBuilder
{
    public const double DefaultAlpha = 0.05;

    /// <summary>A member's projects in one challenge; challenge "none" holds its projects that touch no challenge.</summary>
    public sealed record CellRow(string Member, string Challenge, long Projects, decimal FundingAnyMatch, decimal FundingApportioned);

    public sealed record ChallengeRow(string Challenge, long Projects, decimal FundingApportioned);

    public static GapMatrix Build(GapDimension dimension, Quarter quarter, IReadOnlyList<string> challenges,
        IReadOnlyList<GapMember> members, IReadOnlyList<CellRow> cells, IReadOnlyList<ChallengeRow> consortium,
        long totalProjects, decimal totalFunding, double alpha, int minProjects = GapMatrix.DefaultMinProjects)
    {
        var byKey = cells.ToDictionary(c => (c.Member, c.Challenge));
        var ordered = members.Select(m => m with
            {
                Funding = Money(m.Funding),
                FundingWithoutChallenge = Money(byKey.GetValueOrDefault((m.Member, "none"))?.FundingApportioned ?? 0m),
            }).OrderByDescending(m => m.Projects).ThenBy(m => m.Member, StringComparer.Ordinal).ToList();
        var byChallenge = consortium.ToDictionary(c => c.Challenge);
        var raw = new List<(GapMember Member, string Challenge, CellRow Row, double P0, double FundingP0, double PValue)>();
        foreach (var member in ordered)
            foreach (var challenge in challenges)
            {
                var row = byKey.GetValueOrDefault((member.Member, challenge)) ?? new CellRow(member.Member, challenge, 0, 0m, 0m);
                var overall = byChallenge.GetValueOrDefault(challenge);
                var p0 = totalProjects == 0 ? 0 : (double)(overall?.Projects ?? 0) / totalProjects;
                var fundingP0 = totalFunding == 0 ? 0 : (double)(Money(overall?.FundingApportioned ?? 0m) / totalFunding);
                raw.Add((member, challenge, row, p0, fundingP0, BinomialTest.TwoSidedPValue(row.Projects, member.Projects, p0)));
            }
        var built = raw.Select(r =>
        {
            // Shares are computed from amounts rounded to the cent, so that the last bits of a parallel floating-point
            // sum in the store cannot make two snapshots of the same data differ.
            var share = r.Member.Projects == 0 ? 0 : (double)r.Row.Projects / r.Member.Projects;
            var fundingShare = r.Member.Funding == 0 ? 0 : (double)(Money(r.Row.FundingApportioned) / r.Member.Funding);
            // Adjusted and flagged by WithMinProjects, over the judged members' cells only.
            return new GapCell(r.Member.Member, r.Challenge, r.Row.Projects, Money(r.Row.FundingAnyMatch), Money(r.Row.FundingApportioned),
                share, r.P0, fundingShare, r.FundingP0, r.PValue, 1, "");
        }).ToList();
        return new GapMatrix(dimension, quarter, challenges, ordered, built, alpha).WithMinProjects(minProjects);
    }

    private static decimal Money(decimal value) => Warehouse.FixedDecimals.Money(value);
}
