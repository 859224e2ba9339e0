using System.Globalization;
using System.Text.Json.Nodes;
using IcPerMed.Ingestion.Tests.Replay;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>
/// A loopback GtR-2 API (<see cref="ReplayServer"/>) over the 13 real 2018-04 projects, derived to JSON by
/// <see cref="GtrJsonFromXml"/>: <c>/gtr/api/projects?p=&amp;s=</c> pages in project-id order, <c>/funds/{id}</c> and
/// <c>/organisations/{id}</c>. Faults are injected through <see cref="Replay"/>.
/// </summary>
internal sealed class GtrApiServer : IAsyncDisposable
{
    private GtrApiServer(ReplayServer replay, IReadOnlyList<GtrJsonFromXml> projects)
    {
        Replay = replay;
        Projects = projects;
    }

    public ReplayServer Replay { get; }

    public IReadOnlyList<GtrJsonFromXml> Projects { get; }

    /// <summary>What to give <c>--from</c>.</summary>
    public string BaseUrl => new Uri(Replay.BaseAddress, "gtr/api").ToString();

    public static async Task<GtrApiServer> StartAsync()
    {
        var projects = Directory.EnumerateFiles(GtrFixtures.Snapshot2018)
            .Where(f => new FileInfo(f).Length > 0)
            .Select(f => new GtrJsonFromXml(f))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var replay = await ReplayServer.StartAsync(request => Respond(projects, request));
        return new GtrApiServer(replay, projects);
    }

    /// <summary>The requests for one path prefix, e.g. "/gtr/api/funds/".</summary>
    public IReadOnlyList<ReplayRequest> Served(string prefix) => [.. Replay.Served.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal))];

    private static ReplayResponse? Respond(IReadOnlyList<GtrJsonFromXml> projects, ReplayRequest request)
    {
        const string api = "/gtr/api/";
        if (!request.Path.StartsWith(api, StringComparison.Ordinal))
            return null;
        var path = request.Path[api.Length..];
        if (path == "projects")
            return Page(projects, request.Query);
        if (path.StartsWith("funds/", StringComparison.Ordinal))
            return Json(projects.FirstOrDefault(p => p.FundId == path["funds/".Length..])?.Fund);
        if (path.StartsWith("organisations/", StringComparison.Ordinal))
            return Json(projects.FirstOrDefault(p => p.LeadOrganisationId == path["organisations/".Length..])?.LeadOrganisation);
        return null;
    }

    private static ReplayResponse Page(IReadOnlyList<GtrJsonFromXml> projects, string query)
    {
        var parameters = System.Web.HttpUtility.ParseQueryString(query);
        var page = int.Parse(parameters["p"] ?? "1", CultureInfo.InvariantCulture);
        var size = int.Parse(parameters["s"] ?? "20", CultureInfo.InvariantCulture);
        var slice = projects.Skip((page - 1) * size).Take(size).Select(p => (JsonNode)p.Project.DeepClone());
        var envelope = new JsonObject
        {
            ["page"] = page,
            ["size"] = size,
            ["totalPages"] = (projects.Count + size - 1) / size,
            ["totalSize"] = projects.Count,
            ["project"] = new JsonArray([.. slice]),
        };
        return ReplayResponse.Json(envelope.ToJsonString());
    }

    private static ReplayResponse? Json(JsonObject? body) => body is null ? null : ReplayResponse.Json(body.ToJsonString());

    public ValueTask DisposeAsync() => Replay.DisposeAsync();
}
