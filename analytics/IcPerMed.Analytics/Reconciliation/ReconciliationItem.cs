namespace IcPerMed.Analytics.Reconciliation;

/// <summary>The items a harvest run is reconciled on (column harvest_reconciliation.item).</summary>
public static class ReconciliationItem
{
    /// <summary>The rows of one file (or API page): each became stored records or a quarantined record.</summary>
    public const string Rows = "rows";

    /// <summary>The project funding the source states (CORDIS ecMaxContribution, a grant's amount), per currency.</summary>
    public const string StatedFunding = "stated funding";

    /// <summary>The participants' contributions (CORDIS ecContribution, NFR's Norwegian amounts), per currency.</summary>
    public const string Contributions = "participant contributions";

    /// <summary>
    /// Projects without stated funding whose participants state amounts: their funding is the sum of those amounts
    /// (an empty contribution counting as 0), so the stored funding must equal the contributions read.
    /// </summary>
    public const string DerivedFunding = "funding from participants";

    /// <summary>The order lines are shown in: rows, then the money as the source states it, then what is derived.</summary>
    public static int Rank(string item) => item switch
    {
        Rows => 0,
        StatedFunding => 1,
        Contributions => 2,
        DerivedFunding => 3,
        _ => 4,
    };
}
