using System.Diagnostics;

namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// Tracing of KPI computations as <see cref="Activity"/> spans, for any <see cref="ActivityListener"/> (OpenTelemetry,
/// dotnet-trace, a benchmark): nothing is recorded unless something listens.
/// </summary>
public static class KpiDiagnostics
{
    /// <summary>The <see cref="ActivitySource"/> name to listen to.</summary>
    public const string SourceName = "IcPerMed.Analytics.Kpis";

    /// <summary>
    /// The span of building a workspace's base tables; it carries one event per table, named after the table, at the
    /// moment that table was ready (so each table's time is the gap since the previous event, or since the span started).
    /// </summary>
    public const string BuildBaseTables = "kpi base tables";

    internal static ActivitySource Source { get; } = new(SourceName);
}
