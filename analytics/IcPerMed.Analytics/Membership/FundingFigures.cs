using System.Globalization;

namespace IcPerMed.Analytics.Membership;

/// <summary>
/// What the warehouse holds of one funder, or of a member's funders together: its projects (a linked project once),
/// those of them that are personalised medicine as every KPI counts them, their money, start years and sources.
/// </summary>
/// <param name="Projects">Projects the funder(s) pay, PM or not; a project several records report counts once.</param>
/// <param name="PmProjects">Of those, the PM projects of the KPI base tables (the project_classification view; analysts' overrides win).</param>
/// <param name="FundingEur">Their money in EUR: each record whose money counts (a record repeating another's money does not).</param>
/// <param name="PmFundingEur">The PM projects' money that is the funder's (its share of a linked project), as the top-funders KPI sums it.</param>
/// <param name="FirstYear">The earliest start year of its projects; null when none has a start date.</param>
/// <param name="LastYear">The latest start year.</param>
/// <param name="Sources">The sources its records come from, by name.</param>
public sealed record FundingFigures(long Projects, long PmProjects, decimal FundingEur, decimal PmFundingEur, int? FirstYear, int? LastYear,
    IReadOnlyList<string> Sources)
{
    public static FundingFigures None { get; } = new(0, 0, 0m, 0m, null, null, []);

    public bool HasData => Projects > 0;

    /// <summary>"2014–2025", "2024", or "–" when no project has a start date.</summary>
    public string Years => (FirstYear, LastYear) switch
    {
        ({ } first, { } last) when first == last => first.ToString(CultureInfo.InvariantCulture),
        ({ } first, { } last) => $"{first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}",
        _ => "–",
    };
}
