using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Membership;
using Microsoft.Data.Analysis;

namespace IcPerMed.Dashboards.Coverage;

/// <summary>
/// Who is missing, for scripts: the JSON of <c>icpermed coverage --format json</c> and <c>/api/coverage</c> (snake_case
/// through either serializer), and the two CSV tables of <c>--format csv</c>.
/// </summary>
public static class CoverageDocument
{
    public static object Build(MembershipCoverage coverage, CoveragePart? only = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new
        {
            MembersFile = coverage.List.MembersFrom,
            CountriesFile = coverage.List.CountriesFrom,
            MembershipCoverage.Method,
            Members = only == CoveragePart.Countries ? null : coverage.Members.Select(Member).ToList(),
            MembersWithoutData = only == CoveragePart.Countries ? null : coverage.MembersWithoutData.Select(m => m.Member.Label).ToList(),
            Countries = only == CoveragePart.Members ? null : coverage.Countries.Select(Country).ToList(),
            CountriesWithoutNationalData = only == CoveragePart.Members ? null : coverage.CountriesWithoutNationalData.Select(c => c.Country).ToList(),
        };
    }

    /// <summary>One row per member: who, which lists, how matched, and what the warehouse holds.</summary>
    public static DataFrame MembersFrame(MembershipCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var m = coverage.Members;
        return new DataFrame([
            ExportColumns.Text("organisation", m.Select(x => (string?)x.Member.Organisation)),
            ExportColumns.Text("acronyms", m.Select(x => (string?)string.Join(';', x.Member.Acronyms))),
            ExportColumns.Text("country", m.Select(x => (string?)x.Member.Country)),
            ExportColumns.Text("region", m.Select(x => x.Member.Region)),
            ExportColumns.Text("lists", m.Select(x => (string?)x.Member.MarksText)),
            ExportColumns.Text("funder_match", m.Select(x => (string?)x.Match.Method)),
            ExportColumns.Text("funder_ids", m.Select(x => (string?)string.Join(';', x.Match.FunderIds))),
            ExportColumns.Flag("has_data", m.Select(x => (bool?)x.HasData)),
            .. FigureColumns(m.Select(x => x.Figures).ToList())]);
    }

    /// <summary>One row per consortium country: why it is one, and its national funders with and without data.</summary>
    public static DataFrame CountriesFrame(MembershipCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var c = coverage.Countries;
        return new DataFrame(
            ExportColumns.Text("country", c.Select(x => (string?)x.Country)),
            ExportColumns.Text("name", c.Select(x => (string?)x.Name)),
            ExportColumns.Text("regions", c.Select(x => (string?)string.Join(';', x.Regions))),
            ExportColumns.Text("listed_by", c.Select(x => (string?)string.Join("; ", x.ListedBy))),
            ExportColumns.Flag("has_national_data", c.Select(x => (bool?)x.HasNationalData)),
            ExportColumns.Text("funders_with_data", c.Select(x => (string?)string.Join("; ", x.Funders.Select(f => $"{f.Funder.Id}: {f.Figures.Projects} projects")))),
            ExportColumns.Text("funders_without_projects", c.Select(x => (string?)string.Join(';', x.FundersWithoutProjects.Select(f => f.Id)))));
    }

    private static DataFrameColumn[] FigureColumns(IReadOnlyList<FundingFigures> f) =>
    [
        ExportColumns.Text("sources", f.Select(x => (string?)string.Join(';', x.Sources))),
        ExportColumns.Count("first_year", f.Select(x => (long?)x.FirstYear)),
        ExportColumns.Count("last_year", f.Select(x => (long?)x.LastYear)),
        ExportColumns.Count("projects", f.Select(x => (long?)x.Projects)),
        ExportColumns.Count("pm_projects", f.Select(x => (long?)x.PmProjects)),
        ExportColumns.Money("funding_eur", f.Select(x => (decimal?)x.FundingEur)),
        ExportColumns.Money("pm_funding_eur", f.Select(x => (decimal?)x.PmFundingEur)),
    ];

    private static object Member(MemberCoverage m) => new
    {
        m.Member.Organisation, m.Member.Acronyms, m.Member.Country, m.Member.Region,
        Lists = m.Member.Marks.Select(k => new { k.List, k.Role, k.Source }).ToList(),
        Match = new { m.Match.Method, Funders = m.Match.Funders.Select(f => new { f.Id, f.Name, f.Country }).ToList() },
        m.HasData, Figures = Figures(m.Figures), m.Member.Note, m.Member.Line,
    };

    private static object Country(CountryCoverage c) => new
    {
        c.Country, c.Name, c.Regions, c.ListedBy, c.HasNationalData,
        Funders = c.Funders.Select(f => new { f.Funder.Id, f.Funder.Name, Figures = Figures(f.Figures) }).ToList(),
        FundersWithoutProjects = c.FundersWithoutProjects.Select(f => new { f.Id, f.Name }).ToList(),
    };

    private static object Figures(FundingFigures f) => new
    {
        f.Projects, f.PmProjects, f.FundingEur, f.PmFundingEur, f.FirstYear, f.LastYear, f.Sources,
    };
}

/// <summary>One of the two coverage tables.</summary>
public enum CoveragePart
{
    Members,
    Countries,
}
