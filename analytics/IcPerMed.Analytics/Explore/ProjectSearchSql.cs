using System.Globalization;
using System.Text;

namespace IcPerMed.Analytics.Explore;

/// <summary>
/// The SQL of a project search, one text for both stores. The projects passing the text and personalised-medicine
/// filters are written once to the temporary table <c>explore_hit</c>, with one match flag per facet filter
/// (<c>m_source</c>, <c>m_country</c>, ...), so the text is scanned once and the total, the page and each facet (every
/// flag but its own) are cheap queries over that table.
/// </summary>
internal sealed class ProjectSearchSql
{
    public static IReadOnlyList<string> ChallengeCodes { get; } = ["c1", "c2", "c3", "c4", "c5"];

    public const string None = "none";

    public const string Drop = "DROP TABLE IF EXISTS explore_hit";

    /// <summary>Facet flags in the order they are written; a facet leaves its own flag out of its WHERE.</summary>
    private static readonly string[] Flags = ["m_source", "m_country", "m_funder", "m_challenge", "m_year"];

    private readonly HashSet<string> active = [];
    private readonly List<object> args = [];

    public ProjectSearchSql(ProjectSearch search)
    {
        var matches = new[]
        {
            search.Sources.Count == 0 ? null : $"p.source IN ({Placeholders(search.Sources)})",
            search.Countries.Count == 0 ? null : Countries(search.Countries),
            search.Funders.Count == 0 ? null : $"p.funder_id IN ({Placeholders(search.Funders)})",
            search.Challenges.Count == 0 ? null : "(" + string.Join(" OR ", search.Challenges.Select(ChallengeTest)) + ")",
            search.FromYear is null && search.ToYear is null ? null : Years(search.FromYear, search.ToYear),
        };
        var where = new StringBuilder(search.PmOnly ? "c.pm" : "TRUE");
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = Placeholder(search.Text.Trim());
            where.Append(" AND (").AppendJoin(" OR ", ((string[])["title", "acronym", "abstract"])
                .Select(column => $"strpos(lower(p.{column}), lower({text})) > 0")).Append(')');
        }
        var flags = string.Join(",\n       ", matches.Select((match, i) =>
        {
            if (match is not null)
                active.Add(Flags[i]);
            return $"coalesce({match ?? "TRUE"}, FALSE) AS {Flags[i]}";
        }));
        var challenges = string.Join(", ", ChallengeCodes.Select(code => $"coalesce(c.pm AND c.{code}, FALSE) AS {code}"));
        Create = $"""
            CREATE TEMP TABLE explore_hit AS
            SELECT p.source, p.source_id, p.acronym, p.title, p.start_date, p.funding_eur, p.lead_country, p.funder_id,
                   CAST(EXTRACT(year FROM p.start_date) AS INTEGER) AS start_year, c.pm, c.pm_score, c.decided_by, {challenges},
                   {flags}
            FROM project p JOIN project_classification c ON c.source = p.source AND c.source_id = p.source_id
            WHERE {where}
            """;
        Args = [.. args];
    }

    /// <summary>Creates <c>explore_hit</c>; takes <see cref="Args"/>. Every other statement takes none.</summary>
    public string Create { get; }

    public object[] Args { get; }

    public string Total => $"SELECT count(*) FROM explore_hit WHERE {Matching()}";

    public string Page(ProjectSort sort, int pageSize, int offset)
    {
        var order = sort switch
        {
            ProjectSort.FundingDesc => "funding_eur DESC NULLS LAST",
            ProjectSort.Title => "lower(title) ASC NULLS LAST",
            _ => "start_date DESC NULLS LAST",
        };
        return $"""
            SELECT source, source_id, acronym, title, start_date, funding_eur, lead_country, pm, pm_score, decided_by,
                   {string.Join(", ", ChallengeCodes)}
            FROM explore_hit WHERE {Matching()}
            ORDER BY {order}, source, source_id
            LIMIT {pageSize.ToString(CultureInfo.InvariantCulture)} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}
            """;
    }

    public string SourceFacet =>
        $"SELECT source, count(*) FROM explore_hit WHERE {Matching("m_source")} GROUP BY source ORDER BY source";

    public string FunderFacet => $"""
        SELECT h.funder_id, f.name, count(*) FROM explore_hit h LEFT JOIN funder f ON f.id = h.funder_id
        WHERE h.funder_id IS NOT NULL AND {Matching("m_funder")}
        GROUP BY h.funder_id, f.name ORDER BY count(*) DESC, h.funder_id
        """;

    public string YearFacet => $"""
        SELECT start_year, count(*) FROM explore_hit WHERE start_year IS NOT NULL AND {Matching("m_year")}
        GROUP BY start_year ORDER BY start_year
        """;

    /// <summary>One row: the projects touching c1 .. c5, then the personalised-medicine projects touching none.</summary>
    public string ChallengeFacet =>
        "SELECT " + string.Join(", ", ChallengeCodes.Select(code => $"sum(CASE WHEN {code} THEN 1 ELSE 0 END)"))
        + $", sum(CASE WHEN pm AND NOT ({string.Join(" OR ", ChallengeCodes)}) THEN 1 ELSE 0 END)"
        + $" FROM explore_hit WHERE {Matching("m_challenge")}";

    /// <summary>Each project counts once per country, whether it is there through participants, its lead country or both.</summary>
    public string CountryFacet => $"""
        SELECT country, count(*) FROM (
            SELECT h.source, h.source_id, x.country
            FROM explore_hit h JOIN participation x ON x.source = h.source AND x.project_source_id = h.source_id
            WHERE x.country IS NOT NULL AND {Matching("m_country")}
            UNION
            SELECT source, source_id, lead_country FROM explore_hit WHERE lead_country IS NOT NULL AND {Matching("m_country")}
        ) AS project_country
        GROUP BY country ORDER BY count(*) DESC, country
        """;

    /// <summary>The active facet flags ANDed, leaving out <paramref name="except"/>.</summary>
    private string Matching(string? except = null) =>
        string.Join(" AND ", Flags.Where(flag => flag != except && active.Contains(flag)).DefaultIfEmpty("TRUE"));

    private string Countries(IReadOnlyList<string> countries)
    {
        var list = Placeholders(countries);
        return $"(p.lead_country IN ({list}) OR EXISTS (SELECT 1 FROM participation x WHERE x.source = p.source"
            + $" AND x.project_source_id = p.source_id AND x.country IN ({list})))";
    }

    private string Years(int? from, int? to)
    {
        const string Year = "CAST(EXTRACT(year FROM p.start_date) AS INTEGER)";
        return "(" + string.Join(" AND ", new[] { from is { } first ? $"{Year} >= {Placeholder(first)}" : null,
            to is { } last ? $"{Year} <= {Placeholder(last)}" : null }.OfType<string>()) + ")";
    }

    private static string ChallengeTest(string code) => code switch
    {
        None => $"(c.pm AND NOT ({string.Join(" OR ", ChallengeCodes.Select(c => "c." + c))}))",
        _ when ChallengeCodes.Contains(code) => $"(c.pm AND c.{code})",
        _ => throw new ArgumentException($"'{code}' is not a challenge: use c1 .. c5 or none", nameof(code)),
    };

    private string Placeholders<T>(IEnumerable<T> values) where T : notnull => string.Join(", ", values.Select(v => Placeholder(v)));

    private string Placeholder(object value)
    {
        args.Add(value);
        return "$" + args.Count.ToString(CultureInfo.InvariantCulture);
    }
}
