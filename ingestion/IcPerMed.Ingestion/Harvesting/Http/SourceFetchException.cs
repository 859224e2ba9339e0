namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>
/// A request that still failed after every retry, or failed in a way retrying cannot mend (404, 401, a Retry-After
/// longer than the source's limit). Names the URL, the last status or error and how many attempts were made.
/// </summary>
public sealed class SourceFetchException(string message, Exception? inner = null) : Exception(message, inner);
