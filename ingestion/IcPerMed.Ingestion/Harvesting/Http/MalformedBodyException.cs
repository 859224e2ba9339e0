namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>
/// A 200 whose body is not what the source sends (cut short, not JSON, missing its envelope). Thrown by a body check
/// inside an attempt so the request is tried again, since a proxy or a dropped connection is the usual cause.
/// </summary>
public sealed class MalformedBodyException(string reason) : Exception(reason);
