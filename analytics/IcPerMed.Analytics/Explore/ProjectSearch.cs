using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Analytics.Explore;

/// <summary>
/// What the Explore page asks the warehouse for: a text and facet filters over the stored projects, one page of them.
/// Empty lists and null years mean "all".
/// </summary>
public sealed record ProjectSearch
{
    /// <summary>The most rows a page may hold.</summary>
    public const int MaxPageSize = 200;

    public const int DefaultPageSize = 25;

    /// <summary>
    /// Found, ignoring case, anywhere in the title, acronym or abstract; every character is literal (<c>%</c> and
    /// <c>_</c> too). Null or blank matches every project.
    /// </summary>
    public string? Text { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// ISO 3166 alpha-2 codes: a project matches when one of its participants, or its lead country, is in one of them.
    /// </summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Funder ids.</summary>
    public IReadOnlyList<string> Funders { get; init; } = [];

    /// <summary>
    /// Challenge codes c1..c5, and <c>none</c> for personalised-medicine projects that touch no challenge: a project
    /// matches when it matches any of them.
    /// </summary>
    public IReadOnlyList<string> Challenges { get; init; } = [];

    /// <summary>First start year included.</summary>
    public int? FromYear { get; init; }

    /// <summary>Last start year included.</summary>
    public int? ToYear { get; init; }

    /// <summary>
    /// Only projects <c>project_classification</c> decides are personalised medicine (analyst overrides win); false
    /// searches every stored project.
    /// </summary>
    public bool PmOnly { get; init; } = true;

    /// <summary>1-based; values below 1 read as 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Rows per page, clamped to 1 .. <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    public ProjectSort Sort { get; init; } = ProjectSort.StartDesc;

    /// <summary>The page actually read: <see cref="Page"/> at least 1.</summary>
    public int EffectivePage => Math.Max(1, Page);

    /// <summary>The page size actually read: <see cref="PageSize"/> clamped to 1 .. <see cref="MaxPageSize"/>.</summary>
    public int EffectivePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>The projects a KPI filter counts (personalised medicine only), optionally narrowed by <paramref name="text"/>.</summary>
    public static ProjectSearch FromKpiFilter(KpiFilter filter, string? text = null) => new()
    {
        Text = text,
        Sources = filter.Sources,
        Countries = filter.Countries,
        Funders = filter.Funders,
        Challenges = filter.Challenges,
        FromYear = filter.FromYear,
        ToYear = filter.ToYear,
        PmOnly = true,
    };
}
