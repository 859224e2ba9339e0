namespace IcPerMed.Analytics.Model;

/// <summary>
/// A participating organisation, keyed by (<see cref="Source"/>, <see cref="SourceId"/>). When the source has no
/// organisation id, connectors derive one from the normalised name and country
/// (<see cref="OrganisationKey.Derive"/>).
/// </summary>
public sealed record Organisation
{
    public required string Source { get; init; }
    public required string SourceId { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }

    /// <summary>CORDIS activity type: HES, REC, PRC, PUB, OTH.</summary>
    public string? ActivityType { get; init; }

    public bool? Sme { get; init; }
    public string? City { get; init; }

    /// <summary>ISO 3166 alpha-2 country code.</summary>
    public string? Country { get; init; }

    public string? Url { get; init; }
    public required string RawHash { get; init; }
    public required RecordOrigin Origin { get; init; }
}
