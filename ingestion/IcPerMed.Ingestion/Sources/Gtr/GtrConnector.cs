using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// UKRI Gateway to Research. <c>--from</c> is either the GtR-2 API base URL (paged <c>/projects</c> search, FUND and
/// LEAD_ORG links followed; see <see cref="GtrApiReader"/>) or recorded GtR v1 project XML, a file or a folder of
/// files (see <see cref="GtrXmlFiles"/>). One project per GtR project id; funding is the fund's GBP amount converted
/// to EUR at the fund's start date.
/// </summary>
/// <remarks>
/// GtR-2 has no "modified since" filter (its query parameters are q, f, p, s, sf, so), so every run reads the whole
/// search; projects whose stored fields did not change stay unchanged in the warehouse.
/// </remarks>
public sealed class GtrConnector(string? query = GtrConnector.DefaultQuery, string? searchFields = null, int pageSize = GtrConnector.DefaultPageSize) : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "gtr";

    /// <summary>The live GtR-2 API.</summary>
    public const string DefaultBaseUrl = "https://gtr.ukri.org/gtr/api";

    /// <summary>What is searched when no query is given: the personalised-medicine projects.</summary>
    public const string DefaultQuery = "personalised medicine";

    /// <summary>The largest page GtR-2 serves.</summary>
    public const int DefaultPageSize = 100;

    public string Source => SourceName;

    public string DefaultLocation => DefaultBaseUrl;

    /// <summary>The search text (<c>q</c>), or null for every project.</summary>
    public string? Query => query;

    public int PageSize => pageSize;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        var harvest = new GtrHarvest(sink, context.Converter);
        if (Uri.TryCreate(from, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            await new GtrApiReader(new GtrApiQuery(url, query, searchFields, pageSize), context).ReadAsync(harvest, cancellationToken).ConfigureAwait(false);
        else
            await new GtrXmlFiles(from).ReadAsync(harvest, sink, context, cancellationToken).ConfigureAwait(false);
    }
}
