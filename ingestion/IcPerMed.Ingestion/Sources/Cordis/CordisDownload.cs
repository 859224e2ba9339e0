using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Downloads a CORDIS file to <see cref="HarvestContext.DownloadDirectory"/>, streaming it to disk (the H2020 zip is
/// hundreds of MB), so that it can then be read like a local file: zip entries and workbooks need a seekable file.
/// </summary>
internal static class CordisDownload
{
    private const int ReportEveryBytes = 4 * 1024 * 1024;

    /// <summary>The path of the downloaded file; the caller deletes it.</summary>
    /// <exception cref="HttpRequestException">The server did not answer, or answered with an error status.</exception>
    public static async Task<string> ToFileAsync(Uri url, HarvestContext context, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(context.DownloadDirectory);
        var fileName = Path.GetFileName(url.AbsolutePath);
        var path = Path.Combine(context.DownloadDirectory, $"cordis-{Guid.NewGuid():N}-{(fileName.Length > 0 ? fileName : "download")}");
        try
        {
            using var response = await GetAsync(url, context.Http, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"download of {url} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(),
                    null, response.StatusCode);
            }
            var total = response.Content.Headers.ContentLength;
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            var buffer = new byte[1 << 16];
            long written = 0, reported = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                written += read;
                if (written - reported >= ReportEveryBytes)
                {
                    context.Progress?.Report(new HarvestProgress(url.ToString(), 0, written, total));
                    reported = written;
                }
            }
            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(Uri url, HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"download of {url} failed: {e.Message}", e, e.StatusCode);
        }
    }
}
