using System.Net.Http.Headers;
using System.Text.Json;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// Downloads a published 360Giving file through <see cref="SourceFetcher"/> (retries, pacing and the attempt timeout
/// of <see cref="SourcePolicy.FileDownload"/>, or the context's policy). On an incremental run it sends
/// If-Modified-Since with the start of the last good run, and a 304 means there is nothing to read. If-None-Match is
/// not sent: the ETag of the last run would have to be kept beside the warehouse and could outlive a failed commit,
/// while the last good run's start is exactly what the warehouse stored.
/// </summary>
internal static class GivingDownload
{
    /// <summary>The whole body, or null when the server answered 304 Not Modified.</summary>
    public static async Task<byte[]?> FetchAsync(Uri uri, HarvestContext context, CancellationToken cancellationToken)
    {
        var since = context.FullRead ? null : context.ChangedSince;
        await using var fetcher = new SourceFetcher(context.Policy ?? SourcePolicy.FileDownload, context.Incidents, context.Time);
        var fetched = await fetcher.FetchAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (since is { } changedSince)
                request.Headers.IfModifiedSince = changedSince;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
            return request;
        }, CheckBody, cancellationToken).ConfigureAwait(false);
        return fetched.NotModified ? null : fetched.Body;
    }

    /// <summary>
    /// A JSON body that does not parse was cut short or replaced on the way (a proxy's error page): fetch it again.
    /// Spreadsheet bodies are checked when read; a short one has already failed on its Content-Length.
    /// </summary>
    private static void CheckBody(byte[] body)
    {
        if (GivingForms.Sniff(body) != GivingForm.Json)
            return;
        try
        {
            using var _ = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new MalformedBodyException($"the JSON body does not parse: {e.Message}");
        }
    }
}
