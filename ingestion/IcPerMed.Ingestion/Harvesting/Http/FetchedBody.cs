using System.Net;

namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>A fully read response: its status, body and the validators a later conditional request can send.</summary>
/// <param name="Status">200, or 304 when the source says nothing changed since the validators sent.</param>
/// <param name="Body">The whole body (empty for 304).</param>
/// <param name="ETag">The ETag header, when the source sends one.</param>
/// <param name="LastModified">The Last-Modified header, when the source sends one.</param>
public sealed record FetchedBody(HttpStatusCode Status, byte[] Body, string? ETag, DateTimeOffset? LastModified)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;
}
