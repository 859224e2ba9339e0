namespace IcPerMed.Analytics.Membership;

/// <summary>One member against the warehouse: the funders it was matched to and what they hold.</summary>
public sealed record MemberCoverage(Member Member, FunderMatch Match, FundingFigures Figures)
{
    public bool HasData => Figures.HasData;
}
