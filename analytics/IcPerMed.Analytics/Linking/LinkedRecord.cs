namespace IcPerMed.Analytics.Linking;

/// <summary>One record of a linked project, as the project page and <c>icpermed links</c> show it.</summary>
/// <param name="FundingEur">This record's own funding in EUR.</param>
/// <param name="FundingCounted">Whether it is added to the linked project's funding (see <see cref="ProjectLink"/>).</param>
public sealed record LinkedRecord(
    string LinkId,
    string Source,
    string SourceId,
    string? Title,
    string? FunderId,
    string? FunderName,
    decimal? FundingEur,
    bool IsPrimary,
    bool FundingCounted,
    string Method,
    string Evidence);
