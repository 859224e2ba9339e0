using System.Net.Http.Headers;
using System.Text;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Checkpoints;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// Pages through <c>POST {base}/v2/projects/search</c>: offset paging while a page is full and the offset is below
/// meta.total. A result larger than offset paging can reach is split by fiscal year, then by agency; a part that is
/// still too large fails the harvest, naming it. Every page goes through the checkpoint, so a killed run resumes.
/// </summary>
internal sealed class NihApiHarvest(string baseUrl, NihQuery query, NihSearchRequest request, int maxReachable,
    SourceFetcher fetcher, PageCheckpoint? checkpoint, NihHarvestWriter writer, HarvestContext context)
{
    private readonly Uri searchUrl = new(baseUrl.TrimEnd('/') + "/v2/projects/search");

    public int Pages { get; private set; }

    public Task RunAsync(CancellationToken cancellationToken) =>
        HarvestAsync(query.FiscalYears.Count == 1 ? new NihSlice(query.FiscalYears[0], null) : NihSlice.Whole, cancellationToken);

    /// <summary>Harvests <paramref name="slice"/> and returns its meta.total.</summary>
    private async Task<long> HarvestAsync(NihSlice slice, CancellationToken cancellationToken)
    {
        using var first = await FetchAsync(slice, 0, cancellationToken).ConfigureAwait(false);
        if (first.Total <= maxReachable)
        {
            await PageAsync(slice, first, cancellationToken).ConfigureAwait(false);
            return first.Total;
        }
        var parts = Split(slice, first.Total);
        long covered = 0;
        foreach (var part in parts)
            covered += await HarvestAsync(part, cancellationToken).ConfigureAwait(false);
        if (covered < first.Total)
            throw new SourceFormatException(searchUrl.ToString(),
                $"the parts of {slice} cover {covered:N0} of its {first.Total:N0} projects: some agency is not in the split list; name the agencies with --agency");
        return first.Total;
    }

    private async Task PageAsync(NihSlice slice, NihPage first, CancellationToken cancellationToken)
    {
        await WriteAsync(slice, 0, first).ConfigureAwait(false);
        var count = first.Count;
        for (var offset = query.Limit; count == query.Limit && offset < first.Total && offset < maxReachable; offset += query.Limit)
        {
            using var page = await FetchAsync(slice, offset, cancellationToken).ConfigureAwait(false);
            await WriteAsync(slice, offset, page).ConfigureAwait(false);
            count = page.Count;
        }

        async Task WriteAsync(NihSlice s, int offset, NihPage page)
        {
            await writer.WriteAsync(page, $"{searchUrl}#{s.PageKey(offset)}", offset + 1L, cancellationToken).ConfigureAwait(false);
            context.Progress?.Report(new HarvestProgress($"{searchUrl} {s.PageKey(offset)}", writer.Records, Pages, null));
        }
    }

    private IReadOnlyList<NihSlice> Split(NihSlice slice, long total)
    {
        if (slice.FiscalYear is null && query.FiscalYears.Count > 1)
            return [.. query.FiscalYears.Select(year => new NihSlice(year, null))];
        if (slice.Agency is null && query.Agencies.Count != 1)
            return [.. (query.Agencies.Count > 0 ? query.Agencies : NihAgencies.All).Select(agency => slice with { Agency = agency })];
        throw new SourceFormatException(searchUrl.ToString(),
            $"RePORTER matches {total:N0} projects for {slice}, more than the {maxReachable:N0} that offset paging can reach, and it cannot be split further by fiscal year or agency: narrow the query (--text, --fiscal-year, --agency)");
    }

    private async Task<NihPage> FetchAsync(NihSlice slice, int offset, CancellationToken cancellationToken)
    {
        var key = slice.PageKey(offset);
        var json = request.Body(slice, offset);
        var body = await fetcher.GetPageAsync(checkpoint, key, () => new HttpRequestMessage(HttpMethod.Post, searchUrl)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        }, NihPage.Check, cancellationToken).ConfigureAwait(false);
        Pages++;
        try
        {
            return NihPage.Parse(body);
        }
        catch (MalformedBodyException error)
        {
            // Only a page kept by an earlier run can get here (fetched pages were checked): a damaged state folder.
            throw new SourceFormatException($"{searchUrl} {key}", $"{error.Message}; delete {checkpoint?.Directory} and run again", error);
        }
    }
}
