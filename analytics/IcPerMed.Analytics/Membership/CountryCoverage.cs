using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Membership;

/// <summary>
/// One consortium country against the warehouse: the national funders (every funder of the country but the European
/// Commission) that have projects in it, and those it knows of without projects.
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="Regions">Its regions the countries file lists (Quebec), possibly none.</param>
/// <param name="ListedBy">Why it is a consortium country: "consortium countries file", "members: INSA, FCT".</param>
/// <param name="Funders">National funders with at least one project, most projects first.</param>
/// <param name="FundersWithoutProjects">National funders the warehouse knows (a programme list names them) without a project.</param>
public sealed record CountryCoverage(string Country, IReadOnlyList<string> Regions, IReadOnlyList<string> ListedBy,
    IReadOnlyList<FunderCoverage> Funders, IReadOnlyList<WarehouseFunder> FundersWithoutProjects)
{
    public string Name => CountryNames.Of(Country);

    /// <summary>Some national funder of the country has a project in the warehouse.</summary>
    public bool HasNationalData => Funders.Count > 0;
}

/// <summary>A national funder and what the warehouse holds of it.</summary>
public sealed record FunderCoverage(WarehouseFunder Funder, FundingFigures Figures);
