namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// One organisation's part in a project as stored: who, where, in which role, and its contribution (the EU or funder
/// money it receives) in the source's currency and in EUR where known.
/// </summary>
/// <param name="Position">The participant's order in the source (1 = first listed).</param>
/// <param name="Role">As the source says it: coordinator, participant, partner, thirdParty ...</param>
/// <param name="OrganisationName">Null when the organisation record is missing from the source.</param>
/// <param name="Country">The participation's country, else the organisation's.</param>
public sealed record ProjectParticipation(
    int Position,
    string Role,
    string OrganisationSourceId,
    string? OrganisationName,
    string? OrganisationShortName,
    string? ActivityType,
    string? City,
    string? Country,
    decimal? ContributionAmount,
    string? ContributionCurrency,
    decimal? ContributionEur);
