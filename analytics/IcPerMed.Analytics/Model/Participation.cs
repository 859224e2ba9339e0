namespace IcPerMed.Analytics.Model;

/// <summary>
/// One organisation's part in one project, keyed by (source, project, organisation, role, position): CORDIS lists a
/// third party once per beneficiary it is linked to, with that beneficiary's position.
/// </summary>
public sealed record Participation
{
    public required string Source { get; init; }
    public required string ProjectSourceId { get; init; }
    public required string OrganisationSourceId { get; init; }

    /// <summary>Lower case: coordinator, participant, thirdparty, associatedpartner, partner ...</summary>
    public required string Role { get; init; }

    /// <summary>ISO 3166 alpha-2 country of the organisation in this project.</summary>
    public string? Country { get; init; }

    /// <summary>Position in the consortium as the source numbers it.</summary>
    public int? Order { get; init; }

    /// <summary>What the funder pays this participant (CORDIS ecContribution).</summary>
    public Money? Contribution { get; init; }

    public required string RawHash { get; init; }
    public required RecordOrigin Origin { get; init; }
}
