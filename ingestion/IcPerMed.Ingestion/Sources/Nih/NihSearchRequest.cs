using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// The JSON body of <c>POST /v2/projects/search</c> (FORMATS.md §2) for one slice of a query and one page. The
/// criteria without offset are also the query's identity in the page checkpoint.
/// </summary>
internal sealed class NihSearchRequest(NihQuery query, DateOnly? awardNoticedFrom)
{
    /// <summary>
    /// The criteria: fiscal years, agencies, the advanced text search, and for an incremental run the award notice
    /// date from which to ask. RePORTER documents no "changed since" criterion; award_notice_date is the one date
    /// criterion the kept v1 request shows working in the request schema.
    /// </summary>
    public JsonObject Criteria(NihSlice slice)
    {
        IReadOnlyList<int> years = slice.FiscalYear is { } year ? [year] : query.FiscalYears;
        IReadOnlyList<string> agencies = slice.Agency is { } agency ? [agency] : query.Agencies;
        var criteria = new JsonObject { ["fiscal_years"] = new JsonArray([.. years.Select(y => (JsonNode)y)]) };
        if (agencies.Count > 0)
            criteria["agencies"] = new JsonArray([.. agencies.Select(a => (JsonNode)a)]);
        if (!string.IsNullOrWhiteSpace(query.Text))
            criteria["advanced_text_search"] = new JsonObject
            {
                ["operator"] = "advanced",
                ["search_field"] = NihQuery.DefaultSearchFields,
                ["search_text"] = query.Text,
            };
        if (awardNoticedFrom is { } from)
            criteria["award"] = new JsonObject
            {
                ["award_notice_date"] = new JsonObject { ["from_date"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            };
        return criteria;
    }

    /// <summary>The body asking for <see cref="NihQuery.Limit"/> records of <paramref name="slice"/> from <paramref name="offset"/>.</summary>
    public string Body(NihSlice slice, int offset) => new JsonObject
    {
        ["criteria"] = Criteria(slice),
        ["offset"] = offset,
        ["limit"] = query.Limit,
    }.ToJsonString();

    /// <summary>What tells this harvest's pages from another's: the base URL, the whole query's criteria and the page size.</summary>
    public string Identity(string baseUrl) =>
        new StringBuilder(baseUrl).Append('\n').Append(Criteria(NihSlice.Whole).ToJsonString())
            .Append("\nlimit=").Append(query.Limit.ToString(CultureInfo.InvariantCulture)).ToString();
}
