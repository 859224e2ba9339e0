namespace IcPerMed.Analytics.Warehouse;

/// <summary>How a project's stored funding amount was obtained (column project.funding_basis).</summary>
public static class FundingBasis
{
    /// <summary>The source reports the funder's contribution for the project (CORDIS ecMaxContribution).</summary>
    public const string Reported = "reported";

    /// <summary>The source gives no project amount; the participants' contributions were summed.</summary>
    public const string SumOfParticipations = "sum_of_participations";
}
