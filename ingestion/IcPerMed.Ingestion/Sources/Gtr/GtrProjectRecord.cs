using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// One GtR project as either shape (GtR-2 JSON with its followed FUND and LEAD_ORG links, or a v1 project XML file)
/// gives it, before it becomes canonical records. Text is already HTML-decoded; countries are ISO codes.
/// </summary>
internal sealed record GtrProjectRecord
{
    /// <summary>The GtR project GUID; null when the record has none (it is then quarantined).</summary>
    public string? Id { get; init; }

    /// <summary>The grant reference (identifier type "RCUK"), e.g. "MR/M016501/1": other sources link by it.</summary>
    public string? GrantReference { get; init; }

    public string? Title { get; init; }
    public string? AbstractText { get; init; }
    public string? TechAbstractText { get; init; }
    public string? Status { get; init; }
    public string? GrantCategory { get; init; }

    /// <summary>The funder's short name as GtR writes it: "MRC", "EPSRC", "Innovate UK" ...</summary>
    public string? LeadFunder { get; init; }

    /// <summary>The project's own dates, used when there is no fund.</summary>
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }

    /// <summary>The money, when the project has a usable fund; null when it has none (real, not an error).</summary>
    public GtrFund? Fund { get; init; }

    /// <summary>Why the fund was unusable, when it was: the project is stored without funding and this is quarantined.</summary>
    public GtrFieldProblem? FundProblem { get; init; }

    public GtrOrganisationRef? LeadOrganisation { get; init; }
    public IReadOnlyList<GtrOrganisationRef> Participants { get; init; } = [];
    public IReadOnlyList<GtrClassification> Classifications { get; init; } = [];

    public required RecordOrigin Origin { get; init; }

    /// <summary>The record as read (JSON text or XML), kept with a quarantine entry.</summary>
    public string? Raw { get; init; }
}

/// <summary>A fund: what GtR says was awarded, in <see cref="Currency"/> (GBP), and the period it covers.</summary>
internal sealed record GtrFund(decimal Amount, string Currency, DateOnly? Start, DateOnly? End);

/// <summary>An organisation as a project names it: GtR id when known, name, ISO country.</summary>
internal sealed record GtrOrganisationRef(string? Id, string Name, string? Country, string? Role);

/// <summary>One of GtR's own classifications of a project (health category, research topic or subject).</summary>
internal sealed record GtrClassification(string Scheme, string? Id, string Text, int? Percentage);

/// <summary>A field that could not be used, by its path in the record (e.g. "fund.valuePounds"), and why.</summary>
internal sealed record GtrFieldProblem(string Field, string Reason);
