namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// The one place every KPI is defined. All KPIs count personalised-medicine projects only (pm = true in
/// <c>project_classification</c>: an analyst's override, else the current model), money is the funder's grant in EUR
/// at the ECB reference rate of the project's start date, and a project belongs to the year and quarter it starts in.
/// A new KPI is one new entry here.
/// </summary>
public static partial class KpiCatalogue
{
    /// <summary>The filters of <see cref="KpiFilter"/>, by their CLI names.</summary>
    public static IReadOnlyList<string> AllFilters => ["source", "country", "funder", "challenge", "from-year", "to-year"];

    /// <summary>The five Action Plan challenges' codes, c1 .. c5.</summary>
    public static IReadOnlyList<string> ChallengeCodes => KpiBaseSql.Challenges;

    /// <summary>Every KPI, in the order tables and reports show them.</summary>
    public static IReadOnlyList<KpiDefinition> All => all ??=
    [
        PmFundingPerYear, PmProjectsPerYear, ActivePmProjects, NewPmProjects, MedianGrantSize,
        FundingPerChallengeAnyMatch, FundingPerChallengeApportioned, ProjectsPerChallengeAnyMatch, ProjectsPerChallengeApportioned,
        FundingPerCountry, ProjectsPerCountry, ChallengeCoveragePerCountry, TransnationalCollaborationRate,
        TopFunders, DataFreshness,
    ];

    /// <summary>The KPI with this id; the error lists the ids there are.</summary>
    public static KpiDefinition Find(string id) =>
        All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no KPI '{id}'; the catalogue has: {string.Join(", ", All.Select(k => k.Id))}");

    // Built on first use: the entries live in other files of this partial class, whose initialisation order C# leaves open.
    private static KpiDefinition[]? all;

    internal const string Eur = "EUR";
    private const string Projects = "projects";
    private const string MoneyNote = " Money: the funder's grant in EUR at the ECB reference rate of the project's start date.";
}
