namespace IcPerMed.Analytics.Explore;

/// <summary>One row of a project search: what a result list shows, and the classification queries read.</summary>
/// <param name="IsPm">Personalised medicine as decided (analyst override, else current model); null when neither has spoken.</param>
/// <param name="PmProbability">The current model's personalised-medicine score, null without a prediction.</param>
/// <param name="Challenges">The challenges c1..c5 the project is decided to touch (none unless it is personalised medicine).</param>
/// <param name="DecidedBy">"analyst", "model", or null when the project is not classified.</param>
public sealed record ProjectSummary(
    string Source,
    string SourceId,
    string? Acronym,
    string? Title,
    DateOnly? StartDate,
    decimal? FundingEur,
    string? LeadCountry,
    bool? IsPm,
    double? PmProbability,
    IReadOnlyList<string> Challenges,
    string? DecidedBy);
