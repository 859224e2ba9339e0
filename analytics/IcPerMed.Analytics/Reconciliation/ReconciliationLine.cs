namespace IcPerMed.Analytics.Reconciliation;

/// <summary>
/// One line of a harvest run's reconciliation: what the run read of one item (the rows of a file, the funding the
/// source states in one currency, the participants' contributions in one currency, the funding derived from the
/// participants) against what it stored and what it quarantined.
/// </summary>
/// <param name="Item">One of <see cref="ReconciliationItem"/>.</param>
/// <param name="Detail">The file (rows) or the currency (money).</param>
/// <param name="ReadAmount">Money read in the original currency; null for rows.</param>
public sealed record ReconciliationLine(
    long RunId,
    string Source,
    string Item,
    string Detail,
    long Read,
    long Stored,
    long Quarantined,
    decimal? ReadAmount,
    decimal? StoredAmount,
    decimal? QuarantinedAmount)
{
    /// <summary>Records read but neither stored nor quarantined (negative: stored more than read).</summary>
    public long CountDifference => Read - Stored - Quarantined;

    /// <summary>Money read but neither stored nor in a quarantined record; 0 for rows.</summary>
    public decimal AmountDifference => (ReadAmount ?? 0) - (StoredAmount ?? 0) - (QuarantinedAmount ?? 0);

    /// <summary>Every record and every cent read is either stored or explained by a quarantined record.</summary>
    public bool Reconciles => CountDifference == 0 && AmountDifference == 0;
}
