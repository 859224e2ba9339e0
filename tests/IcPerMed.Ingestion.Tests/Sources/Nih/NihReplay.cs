using System.Text.Json.Nodes;
using IcPerMed.Ingestion.Tests.Replay;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>
/// A stand-in for <c>POST /v2/projects/search</c> built from the real recorded records (Fixtures/SOURCE.md): filters
/// them by the request's fiscal years and agencies, slices them by offset and limit, and sets meta.total to the
/// filtered count, as RePORTER does. The text search is not applied.
/// </summary>
public static class NihReplay
{
    private static readonly Lazy<IReadOnlyList<JsonObject>> Records = new(NihFixtures.AllRecords);

    public static Task<ReplayServer> StartAsync() => ReplayServer.StartAsync(Respond);

    public static ReplayResponse? Respond(ReplayRequest request)
    {
        if (request.Method != "POST" || !request.Path.Equals("/v2/projects/search", StringComparison.OrdinalIgnoreCase))
            return null;
        var body = JsonNode.Parse(request.Body)!.AsObject();
        var matching = Matching(body["criteria"]?.AsObject()).ToList();
        var offset = (int?)body["offset"] ?? 0;
        var limit = (int?)body["limit"] ?? 50;
        var page = matching.Skip(offset).Take(limit).Select(r => r.DeepClone()).ToArray();
        return ReplayResponse.Json(new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["search_id"] = null,
                ["total"] = matching.Count,
                ["offset"] = offset,
                ["limit"] = limit,
                ["sort_field"] = null,
                ["sort_order"] = "ASC",
                ["sorted_by_relevance"] = true,
                ["properties"] = new JsonObject(),
            },
            ["results"] = new JsonArray(page),
        }.ToJsonString());
    }

    /// <summary>The records the request's criteria select.</summary>
    public static IEnumerable<JsonObject> Matching(JsonObject? criteria)
    {
        var years = criteria?["fiscal_years"]?.AsArray().Select(y => (int)y!).ToHashSet();
        var agencies = criteria?["agencies"]?.AsArray().Select(a => (string)a!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Records.Value.Where(r =>
            (years is null || years.Contains((int)r["fiscal_year"]!))
            && (agencies is null || AgenciesOf(r).Any(agencies.Contains)));
    }

    private static IEnumerable<string> AgenciesOf(JsonObject record)
    {
        if (record["agency_code"] is { } code)
            yield return (string)code!;
        if (record["agency_ic_admin"]?["abbreviation"] is { } admin)
            yield return (string)admin!;
        foreach (var funding in record["agency_ic_fundings"]?.AsArray() ?? [])
            if (funding?["abbreviation"] is { } ic)
                yield return (string)ic!;
    }

    /// <summary>The offset a request asked for.</summary>
    public static int OffsetOf(ReplayRequest request) => (int?)JsonNode.Parse(request.Body)!["offset"] ?? 0;

    /// <summary>The fiscal years and agencies a request asked for, e.g. "fy2003 NIH".</summary>
    public static string SliceOf(ReplayRequest request)
    {
        var criteria = JsonNode.Parse(request.Body)!["criteria"]!;
        var years = string.Join(',', criteria["fiscal_years"]!.AsArray().Select(y => (int)y!));
        var agencies = criteria["agencies"] is JsonArray a ? " " + string.Join(',', a.Select(x => (string)x!)) : "";
        return $"fy{years}{agencies}";
    }
}
