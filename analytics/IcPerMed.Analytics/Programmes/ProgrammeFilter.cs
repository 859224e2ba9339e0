using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Programmes;

/// <summary>Narrows the programme listing. Empty lists mean "all".</summary>
public sealed record ProgrammeFilter
{
    public static ProgrammeFilter None { get; } = new();

    /// <summary>Funder ids, as stored (EC, ISCIII).</summary>
    public IReadOnlyList<string> Funders { get; init; } = [];

    /// <summary>The funders' countries, ISO 3166-1 alpha-2 (EU for the European Commission).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<ProgrammeKind> Kinds { get; init; } = [];
}
