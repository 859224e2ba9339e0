namespace IcPerMed.Ingestion.Sources;

/// <summary>A source's default harvest time: a Quartz cron expression and, when not the service's own, its time zone.</summary>
/// <param name="Cron">Quartz cron (seconds first), e.g. "0 0 3 ? * SUN".</param>
/// <param name="TimeZone">An IANA time zone; null for the service's default (Europe/Berlin).</param>
public sealed record SourceSchedule(string Cron, string? TimeZone = null);
