using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Checkpoints;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// NIH RePORTER (US National Institutes of Health and other HHS agencies): the Project API v2
/// (<c>POST {base}/v2/projects/search</c>, at most one request a second) or recorded responses on disk (v1 or v2
/// envelope; a .json, a .json.gz or a folder of them). Writes one project per application (appl_id) with its
/// awardee organisation as coordinator, the administering and funding ICs as programmes, and the award in USD and EUR.
/// </summary>
public sealed class NihReporterConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "nih";

    /// <summary>RePORTER's API host; <c>/v2/projects/search</c> is appended.</summary>
    public const string DefaultBaseUrl = "https://api.reporter.nih.gov";

    /// <summary>
    /// How many records of one result offset paging can reach: offset may be at most 14,999, so the first 15,000
    /// (FORMATS.md §2, pynih docs; older docs say 9,999). A larger result is split by fiscal year, then by agency.
    /// </summary>
    public const int MaxReachableRecords = 15_000;

    /// <summary>An award notice can reach RePORTER days after its date (RePORTER is refreshed weekly), so an
    /// incremental run asks from this many days before the last good run.</summary>
    public const int IncrementalOverlapDays = 30;

    private readonly int maxReachable;

    /// <param name="query">What to ask the API for; <see cref="NihQuery.Default"/> when null.</param>
    /// <param name="maxReachableRecords">The offset-paging cap; tests lower it to exercise the split.</param>
    public NihReporterConnector(NihQuery? query = null, int maxReachableRecords = MaxReachableRecords)
    {
        Query = query ?? NihQuery.Default;
        maxReachable = maxReachableRecords;
    }

    public NihQuery Query { get; }

    public string Source => SourceName;

    public string DefaultLocation => DefaultBaseUrl;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        var writer = new NihHarvestWriter(sink, context.Converter);
        if (!IsHttp(from))
        {
            await NihRecordedResponses.ReadAsync(from, writer, context, cancellationToken).ConfigureAwait(false);
            return;
        }
        var query = Query.Resolve(context.Time.GetUtcNow());
        var request = new NihSearchRequest(query, AwardNoticedFrom(context));
        var baseUrl = from.TrimEnd('/');
        var checkpoint = PageCheckpoint.Open(context.StateDirectory, SourceName, request.Identity(baseUrl));
        await using var fetcher = new SourceFetcher(context.Policy ?? SourcePolicy.NihReporter, context.Incidents, context.Time);
        await new NihApiHarvest(baseUrl, query, request, maxReachable, fetcher, checkpoint, writer, context)
            .RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>For an incremental run, the first award notice day to ask for; null for a full read.</summary>
    private static DateOnly? AwardNoticedFrom(HarvestContext context) =>
        context.FullRead || context.ChangedSince is not { } since
            ? null
            : DateOnly.FromDateTime(since.UtcDateTime).AddDays(-IncrementalOverlapDays);

    private static bool IsHttp(string from) =>
        from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
