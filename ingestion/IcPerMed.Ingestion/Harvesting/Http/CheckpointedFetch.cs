using IcPerMed.Ingestion.Harvesting.Checkpoints;

namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>The one way paged connectors get a page: from the checkpoint when an earlier run kept it, else fetched and kept.</summary>
public static class CheckpointedFetch
{
    /// <summary>
    /// Page <paramref name="pageKey"/>'s body: read from <paramref name="checkpoint"/> when kept, otherwise fetched
    /// through <paramref name="fetcher"/> (checked by <paramref name="checkBody"/>) and kept before it is returned.
    /// </summary>
    public static async Task<byte[]> GetPageAsync(this SourceFetcher fetcher, PageCheckpoint? checkpoint, string pageKey,
        Func<HttpRequestMessage> createRequest, Action<byte[]>? checkBody, CancellationToken cancellationToken)
    {
        if (checkpoint?.TryLoad(pageKey) is { } kept)
            return kept;
        var fetched = await fetcher.FetchAsync(createRequest, checkBody, cancellationToken).ConfigureAwait(false);
        checkpoint?.Save(pageKey, fetched.Body);
        return fetched.Body;
    }
}
