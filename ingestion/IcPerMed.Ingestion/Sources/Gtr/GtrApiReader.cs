using System.Net.Http.Headers;
using System.Text.Json;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Checkpoints;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// Pages through GtR-2 <c>/projects</c> and, for every project, follows its FUND links (the money is not on the
/// project) and its LEAD_ORG link (name and country). Funds and organisations are fetched once per id per run: a
/// university leads hundreds of projects. Every request, page or linked object, goes through the source's
/// <see cref="SourceFetcher"/> (rate, retries, timeouts) and is kept in the run's <see cref="PageCheckpoint"/>, so a
/// killed harvest resumes without asking again.
/// </summary>
internal sealed class GtrApiReader(GtrApiQuery query, HarvestContext context)
{
    private readonly Dictionary<string, JsonElement> linked = new(StringComparer.Ordinal);

    /// <summary>Project pages read (fetched or from the checkpoint).</summary>
    public int Pages { get; private set; }

    /// <summary>Distinct fund and organisation objects read.</summary>
    public int LinkedObjects => linked.Count;

    public async Task ReadAsync(GtrHarvest harvest, CancellationToken cancellationToken)
    {
        await using var fetcher = new SourceFetcher(context.Policy ?? SourcePolicy.GatewayToResearch, context.Incidents, context.Time);
        var checkpoint = PageCheckpoint.Open(context.StateDirectory, GtrConnector.SourceName, query.CheckpointKey);
        long records = 0, bytes = 0;
        var totalPages = 1;
        // One progress line for the whole search: pages have no byte total known in advance.
        var progressName = query.ProjectsPage(1).GetLeftPart(UriPartial.Path);
        for (var page = 1; page <= totalPages; page++)
        {
            var url = query.ProjectsPage(page);
            var body = await fetcher.GetPageAsync(checkpoint, $"projects-p{page}", Get(url), CheckProjectsPage, cancellationToken).ConfigureAwait(false);
            bytes += body.Length;
            using var document = JsonDocument.Parse(body);
            totalPages = document.RootElement.GetProperty("totalPages").GetInt32();
            Pages++;
            var index = 0;
            foreach (var project in document.RootElement.GetProperty("project").EnumerateArray())
            {
                var funds = new List<JsonElement>();
                foreach (var id in project.LinkedIds("FUND"))
                    funds.Add(await GetLinkedAsync(fetcher, checkpoint, "funds", "fund", id, cancellationToken).ConfigureAwait(false));
                (string, JsonElement?)? lead = null;
                if (project.LinkedIds("LEAD_ORG").FirstOrDefault() is { } leadId)
                    lead = (leadId, await GetLinkedAsync(fetcher, checkpoint, "organisations", "organisation", leadId, cancellationToken).ConfigureAwait(false));
                var record = GtrJsonProject.Map(project, funds, lead, new RecordOrigin(url.AbsoluteUri, ++index));
                await harvest.AddAsync(record, cancellationToken).ConfigureAwait(false);
                context.Progress?.Report(new HarvestProgress(progressName, ++records, bytes, null));
            }
        }
    }

    private async Task<JsonElement> GetLinkedAsync(SourceFetcher fetcher, PageCheckpoint? checkpoint, string collection, string kind,
        string id, CancellationToken cancellationToken)
    {
        var key = $"{kind}-{id}";
        if (linked.TryGetValue(key, out var known))
            return known;
        var body = await fetcher.GetPageAsync(checkpoint, key, Get(query.Linked(collection, id)), CheckObject, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(body);
        var element = document.RootElement.Clone();
        linked[key] = element;
        return element;
    }

    private static Func<HttpRequestMessage> Get(Uri url) => () =>
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GtrApiQuery.JsonMediaType));
        return request;
    };

    /// <summary>
    /// A page must be the paged envelope: a cut body or one without <c>project</c> / <c>totalPages</c> (a proxy page,
    /// a renamed field) is fetched again rather than read as "no projects".
    /// </summary>
    private static void CheckProjectsPage(byte[] body)
    {
        using var document = ParseOrThrow(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new MalformedBodyException("the page is not a JSON object");
        if (!root.TryGetProperty("project", out var projects) || projects.ValueKind != JsonValueKind.Array)
            throw new MalformedBodyException("the page has no 'project' array");
        if (!root.TryGetProperty("totalPages", out var total) || !total.TryGetInt32(out _))
            throw new MalformedBodyException("the page has no numeric 'totalPages'");
    }

    private static void CheckObject(byte[] body)
    {
        using var document = ParseOrThrow(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw new MalformedBodyException("the linked object is not a JSON object");
    }

    private static JsonDocument ParseOrThrow(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new MalformedBodyException($"not JSON ({ex.Message})");
        }
    }
}
