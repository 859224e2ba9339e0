namespace IcPerMed.Analytics.Model;

/// <summary>
/// A record that could not be parsed or failed validation. It is stored in the quarantine table and counted in
/// the run summary; the run goes on.
/// </summary>
/// <param name="Source">Source name.</param>
/// <param name="Origin">File and line of the bad record.</param>
/// <param name="Field">The offending field, when one field is to blame.</param>
/// <param name="Reason">Why it was rejected, in words an analyst understands.</param>
/// <param name="SourceId">The record's id, when it could be read.</param>
/// <param name="Raw">The raw record (truncated when stored).</param>
public sealed record QuarantinedRecord(
    string Source,
    RecordOrigin Origin,
    string? Field,
    string Reason,
    string? SourceId,
    string? Raw)
{
    /// <summary>
    /// Money the record states in its original currency when it could be read but not used (e.g. no exchange rate for
    /// its date, or a row quarantined for another field): reconciliation counts it as read and quarantined, so money read
    /// = stored + quarantined. Set when the record is stored without that money, or not stored at all; never when the
    /// stored record carries it, or the money would count twice.
    /// </summary>
    public decimal? Amount { get; init; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public string? Currency { get; init; }
}
