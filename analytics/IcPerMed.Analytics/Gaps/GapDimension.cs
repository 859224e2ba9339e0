namespace IcPerMed.Analytics.Gaps;

/// <summary>What the gap matrix sets the five challenges against.</summary>
public enum GapDimension
{
    /// <summary>Participant countries; a project's money is split by its participants' contribution shares.</summary>
    Country,

    /// <summary>The funder of each project.</summary>
    Funder,
}
