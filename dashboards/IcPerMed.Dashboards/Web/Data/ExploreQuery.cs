using System.Globalization;
using IcPerMed.Analytics.Explore;
using IcPerMed.Analytics.Kpis;
using Microsoft.AspNetCore.Http;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The Explore filters as they travel in a URL (<c>?q=cancer&amp;country=DE&amp;challenge=c3&amp;from=2020&amp;pm=all&amp;sort=funding-desc&amp;page=2</c>),
/// shared by the Explore page, /api/projects and the export of the selection.
/// </summary>
public sealed record ExploreQuery(ProjectSearch Search)
{
    /// <summary>Reads the filters; a bad year, sort or page is an <see cref="ArgumentException"/> naming the parameter.</summary>
    public static ExploreQuery From(IQueryCollection query)
    {
        static IReadOnlyList<string> List(IQueryCollection q, string name) =>
            [.. q[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
        var sortText = query["sort"].FirstOrDefault();
        if (!ProjectSortNames.TryParse(sortText, out var sort))
            throw new ArgumentException($"sort '{sortText}': write start-desc, funding-desc or title");
        var pm = query["pm"].FirstOrDefault();
        if (pm is not (null or "" or "pm" or "all")) throw new ArgumentException($"pm '{pm}': write pm or all");
        return new ExploreQuery(new ProjectSearch
        {
            Text = query["q"].FirstOrDefault(),
            Sources = List(query, "source"),
            Countries = [.. List(query, "country").Select(c => c.ToUpperInvariant())],
            Funders = List(query, "funder"),
            Challenges = [.. List(query, "challenge").Select(c => c.ToLowerInvariant())],
            FromYear = Int(query, "from"),
            ToYear = Int(query, "to"),
            PmOnly = pm != "all",
            Page = Int(query, "page") ?? 1,
            PageSize = Int(query, "size") ?? ProjectSearch.DefaultPageSize,
            Sort = sort,
        });
    }

    /// <summary>The same filters as a KPI filter, for the export (which has no text search of its own).</summary>
    public KpiFilter Filter => new()
    {
        Sources = Search.Sources, Countries = Search.Countries, Funders = Search.Funders,
        Challenges = Search.Challenges, FromYear = Search.FromYear, ToYear = Search.ToYear,
    };

    /// <summary>The query string of these filters with one parameter changed (null removes it); paging restarts unless the page is what changes.</summary>
    public string With(string? name = null, string? value = null, bool toggle = false)
    {
        var parameters = new List<(string Name, string Value)>();
        void Add(string n, string? v) { if (!string.IsNullOrEmpty(v)) parameters.Add((n, v)); }
        void AddList(string n, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (toggle && n == name && value is not null) { if (!list.Remove(value)) list.Add(value); }
            foreach (var v in list) Add(n, v);
        }
        Add("q", name == "q" ? value : Search.Text);
        AddList("source", Search.Sources);
        AddList("country", Search.Countries);
        AddList("funder", Search.Funders);
        AddList("challenge", Search.Challenges);
        Add("from", name == "from" ? value : Search.FromYear?.ToString(CultureInfo.InvariantCulture));
        Add("to", name == "to" ? value : Search.ToYear?.ToString(CultureInfo.InvariantCulture));
        Add("pm", name == "pm" ? value : Search.PmOnly ? null : "all");
        Add("sort", name == "sort" ? value : Search.Sort == ProjectSort.StartDesc ? null : Search.Sort.ToName());
        if (name == "page") Add("page", value);
        return "?" + string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
    }

    private static int? Int(IQueryCollection query, string name)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text)) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw new ArgumentException($"{name} '{text}' is not a whole number");
    }
}
