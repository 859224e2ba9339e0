namespace IcPerMed.Ingestion.Harvesting.Http;

/// <summary>
/// How politely and how stubbornly one source is called: at most <see cref="RequestsPerSecond"/> requests (the NIH
/// asks for one a second), each attempt cut off after <see cref="AttemptTimeout"/>, failed attempts retried up to
/// <see cref="MaxRetries"/> times with jittered exponential back-off from <see cref="BaseDelay"/>, and a 429's
/// Retry-After honoured unless it asks for more than <see cref="MaxRetryAfter"/>.
/// </summary>
public sealed record SourcePolicy
{
    public double RequestsPerSecond { get; init; } = 1;
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public int MaxRetries { get; init; } = 5;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The NIH RePORTER's published limit: one request per second.</summary>
    public static SourcePolicy NihReporter { get; } = new() { RequestsPerSecond = 1 };

    /// <summary>GtR publishes no limit; two a second keeps us a light user.</summary>
    public static SourcePolicy GatewayToResearch { get; } = new() { RequestsPerSecond = 2 };

    /// <summary>Single files (360Giving, programme lists): few requests, possibly large bodies.</summary>
    public static SourcePolicy FileDownload { get; } = new() { RequestsPerSecond = 2, AttemptTimeout = TimeSpan.FromMinutes(10) };
}
