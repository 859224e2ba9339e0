namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// A project row as stored, with its money, derived values and provenance. <see cref="SourceFile"/> and
/// <see cref="RunOrigin"/> are shown as <see cref="SourceLocation"/> gives them (a build folder's path to the bundled
/// sample as <c>samples/...</c>); <see cref="RecordPage"/> is the record's page at its source, null where there is none.
/// </summary>
public sealed record StoredProject(
    string Source,
    string SourceId,
    string? Acronym,
    string? Title,
    string? Abstract,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Topic,
    decimal? FundingAmount,
    string? FundingCurrency,
    decimal? FundingEur,
    decimal? EurRate,
    DateOnly? EurRateDate,
    string? EurRateSource,
    string? FundingBasis,
    string? LeadCountry,
    long HarvestRunId,
    DateTimeOffset FetchedAt,
    string RawHash,
    string? SourceFile,
    long? SourceLine,
    string? RecordPage = null,
    string? RunOrigin = null)
{
    /// <summary>The site <see cref="RecordPage"/> is on (<c>cordis.europa.eu</c>), for a link that says where it goes.</summary>
    public string? RecordPageSite => Uri.TryCreate(RecordPage, UriKind.Absolute, out var page) ? page.Host : null;
}
