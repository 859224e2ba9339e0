namespace IcPerMed.Analytics.Model;

/// <summary>Which level of a funder's programme hierarchy a <see cref="ProgrammeEntry"/> is.</summary>
public enum ProgrammeKind
{
    Framework,
    Programme,
    Call,
    Topic,
}

/// <summary>
/// A funder's programme, call or call topic with its title, keyed by (funder, kind, code): for example
/// (EC, Programme, "HORIZON.2.1", "Health") or (EC, Topic, "SC1-PM-08-2017", "New therapies for rare diseases").
/// </summary>
public sealed record ProgrammeEntry(
    string FunderId,
    ProgrammeKind Kind,
    string Code,
    string? Title,
    string? ParentCode,
    RecordOrigin Origin)
{
    /// <summary>Whether the programme allows funding of PM research: yes, partly or no (national programme lists).</summary>
    public string? AllowsPm { get; init; }

    /// <summary>In what scope, in the list's words.</summary>
    public string? PmScope { get; init; }

    /// <summary>The programme's page.</summary>
    public string? Url { get; init; }

    /// <summary>The public source of these facts.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>When the facts were last checked against the source.</summary>
    public DateOnly? CheckedOn { get; init; }
}
