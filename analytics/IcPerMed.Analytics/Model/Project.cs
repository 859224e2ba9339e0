namespace IcPerMed.Analytics.Model;

/// <summary>
/// A funded research project as one source reports it, keyed by (<see cref="Source"/>, <see cref="SourceId"/>).
/// Run-level provenance (harvest run, fetched at) is stamped by the warehouse when the record is stored.
/// </summary>
public sealed record Project
{
    /// <summary>Source name, lower case: "cordis", "nfr", ...</summary>
    public required string Source { get; init; }

    /// <summary>The source's own id (for CORDIS and NFR the EU grant agreement number).</summary>
    public required string SourceId { get; init; }

    public string? Acronym { get; init; }
    public string? Title { get; init; }

    /// <summary>The project summary (CORDIS "objective").</summary>
    public string? Abstract { get; init; }

    public string? Status { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }

    /// <summary>Id of the <see cref="Funder"/> that pays (e.g. "EC", "RCN").</summary>
    public string? FunderId { get; init; }

    /// <summary>Framework programme, e.g. "H2020", "HORIZON".</summary>
    public string? Framework { get; init; }

    /// <summary>Programme part, e.g. CORDIS legal basis "HORIZON.2.1".</summary>
    public string? Programme { get; init; }

    /// <summary>Call id, e.g. "HORIZON-HLTH-2024-DISEASE-08".</summary>
    public string? Call { get; init; }

    /// <summary>Call topic code, e.g. "HORIZON-HLTH-2024-DISEASE-08-20" or "SC1-PM-08-2017".</summary>
    public string? Topic { get; init; }

    /// <summary>Type of action, e.g. "HORIZON-RIA", "RIA".</summary>
    public string? FundingScheme { get; init; }

    /// <summary>What the funder pays (CORDIS ecMaxContribution); null when the source does not say.</summary>
    public Money? Funding { get; init; }

    /// <summary>Total eligible cost of the project, in the funding currency.</summary>
    public Money? TotalCost { get; init; }

    /// <summary>ISO 3166 alpha-2 country of the coordinator, when the source names it on the project.</summary>
    public string? LeadCountry { get; init; }

    /// <summary>
    /// The record's own page at its source, where the source has one (CORDIS project page, NIH RePORTER, UKRI GtR, SNSF
    /// Data Portal); null where it has none. Each source's registration says how it is made.
    /// </summary>
    public string? RecordPage { get; init; }

    /// <summary>Hex SHA-256 of the raw record as read (see <see cref="RawRecordHash"/>).</summary>
    public required string RawHash { get; init; }

    /// <summary>Where the record was read: file and line.</summary>
    public required RecordOrigin Origin { get; init; }
}
